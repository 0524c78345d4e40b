/** A rendered public answer, kept with what every later copy of it needs. */
export interface StoredAnswer {
  /** Bytes as they are sent; a page keeps its text, which its reply takes as it is. */
  body: Buffer | string;
  /** The strong ETag over `body`, computed once. */
  etag: string;
  /** The size of `body` in UTF-8. */
  bytes: number;
}

export interface AnswerStoreLimits {
  /** Answers kept at most; the least recently used one leaves first. */
  maxEntries: number;
  /** Bytes of bodies kept at most; a body larger than a tenth of it is never kept. */
  maxBytes: number;
}

/**
 * Which version of the register a read saw: taken before the read, and only an answer whose
 * ticket is still current when it is rendered may be kept.
 */
export type Ticket = number;

/**
 * Rendered answers of the public register, valid for one version of it. Pure bookkeeping, no
 * I/O: whoever hears of changes (a Postgres notification, a newer sequence seen by a read, the
 * listening connection coming and going) tells the store, and the store forgets everything it
 * holds. While the changes cannot be heard, nothing is kept or served.
 */
export class AnswerStore {
  private readonly entries = new Map<string, StoredAnswer>();
  private bytes = 0;
  private version = 0;
  private heard = false;
  private head = 0;

  constructor(private readonly limits: AnswerStoreLimits) {}

  /** Changes are heard from now on; anything kept before may have missed some. */
  hearing(): void {
    this.changed();
    this.heard = true;
  }

  /** Changes can no longer be heard: stop keeping and serving answers. */
  deaf(): void {
    this.heard = false;
    this.changed();
  }

  /** Something in the register changed. */
  changed(): void {
    this.version += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * A read saw the register up to `sequence`. One newer than any seen before means a publication
   * committed whose notification has not arrived yet: what is kept is already out of date.
   */
  sawSequence(sequence: number): void {
    if (sequence <= this.head) return;
    this.head = sequence;
    this.changed();
  }

  /** The ticket for a read starting now, or undefined when its answer could not be kept. */
  ticket(): Ticket | undefined {
    return this.heard && this.limits.maxEntries > 0 ? this.version : undefined;
  }

  get(key: string): StoredAnswer | undefined {
    if (!this.heard) return undefined;
    const answer = this.entries.get(key);
    if (answer === undefined) return undefined;
    // Map order is insertion order: moving a used answer to the end keeps the order by last use.
    this.entries.delete(key);
    this.entries.set(key, answer);
    return answer;
  }

  /** Keeps `answer` if nothing changed since `ticket` was taken and it fits. Returns whether it did. */
  put(key: string, ticket: Ticket | undefined, answer: StoredAnswer): boolean {
    if (ticket === undefined || ticket !== this.version || !this.heard) return false;
    const size = answer.bytes;
    if (size * 10 > this.limits.maxBytes) return false;
    this.remove(key);
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldest, kept] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= kept.bytes;
    }
    return true;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string): void {
    const kept = this.entries.get(key);
    if (kept === undefined) return;
    this.entries.delete(key);
    this.bytes -= kept.bytes;
  }
}

import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CONTEXT_DATABASE, ContextDatabase, NotificationListener } from '@qaztech/platform';
import { REGISTRY_CONFIG, RegistryConfig } from '../shared/registry-config';
import { AnswerStore, StoredAnswer, Ticket } from './answer-store';
import { etagOf } from './http-cache';

/** Notified by every commit that adds a publication or an anchor (a trigger on each table). */
export const REGISTER_CHANGED_CHANNEL = 'registry_register_changed';

/** Answers kept at most, whatever their size: each costs a little beside its body. */
const MAX_ENTRIES = 2_000;

/** How often the listening connection proves it is alive; a silent one would hear nothing. */
const HEARTBEAT_MS = 2_000;

interface Rendering {
  ticket: Ticket;
  answer: Promise<StoredAnswer>;
}

/**
 * Rendered public answers (JSON, Atom, CSV, pages), shared by every reader until the register
 * changes. Every replica LISTENs for the notification each publication commits, and forgets
 * what it holds when one arrives; a read that sees a newer sequence than any before does the
 * same, so a reader never gets an older answer from this replica than one it already had.
 * While the listening connection is down nothing is kept or served from memory.
 */
@Injectable()
export class RegisterAnswerCache implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly store: AnswerStore;
  private readonly listener: NotificationListener;
  private readonly rendering = new Map<string, Rendering>();

  constructor(@Inject(CONTEXT_DATABASE) database: ContextDatabase, @Inject(REGISTRY_CONFIG) config: RegistryConfig) {
    this.store = new AnswerStore({ maxEntries: MAX_ENTRIES, maxBytes: config.REGISTRY_ANSWER_CACHE_BYTES });
    this.listener = new NotificationListener(database.url, REGISTER_CHANGED_CHANNEL, () => this.store.changed(), {
      onListening: () => this.store.hearing(),
      onLost: () => this.store.deaf(),
      heartbeatMs: HEARTBEAT_MS,
    });
  }

  onApplicationBootstrap(): void {
    this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /**
   * The answer for `key`: kept from before, joined while another reader renders it, or rendered
   * now. `key` must name everything the bytes depend on besides the register's content.
   */
  async answer(key: string, render: () => Promise<string | Buffer>): Promise<StoredAnswer> {
    const kept = this.store.get(key);
    if (kept) return kept;
    const ticket = this.store.ticket();
    if (ticket === undefined) return storedAnswer(await render());
    const running = this.rendering.get(key);
    if (running?.ticket === ticket) return running.answer;
    const rendering: Rendering = { ticket, answer: render().then(storedAnswer) };
    this.rendering.set(key, rendering);
    try {
      const answer = await rendering.answer;
      this.store.put(key, ticket, answer);
      return answer;
    } finally {
      if (this.rendering.get(key) === rendering) this.rendering.delete(key);
    }
  }

  /** A read saw the register's publications up to `sequence`. */
  sawSequence(sequence: number): void {
    this.store.sawSequence(sequence);
  }

  /** What is kept now, and whether changes are heard. */
  get state(): { hearing: boolean; entries: number; bytes: number } {
    return { hearing: this.listener.listening, ...this.store.size };
  }
}

function storedAnswer(body: string | Buffer): StoredAnswer {
  return { body, etag: etagOf(body), bytes: Buffer.byteLength(body) };
}

/** A cache key: the route, then everything else the answer's bytes depend on, in a fixed order. */
export function answerKey(route: string, ...parts: readonly unknown[]): string {
  return `${route} ${JSON.stringify(parts)}`;
}

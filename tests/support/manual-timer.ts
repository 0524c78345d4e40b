import { RelayTimer } from '@qaztech/platform';

interface PendingTimer {
  id: number;
  ms: number;
  callback: () => void;
}

/**
 * Timers that fire only when the test says so. A test waits for the timer it expects to be set
 * (the relay going to sleep, a coalescing window opening), looks at the state the code is in
 * while it waits, then fires it: nothing depends on how fast the machine is.
 */
export class ManualTimer implements RelayTimer {
  private readonly pending = new Map<number, PendingTimer>();
  private readonly watchers: { match: (timer: PendingTimer) => boolean; found: (timer: PendingTimer) => void }[] = [];
  private nextId = 1;
  /** How many timers were ever set: a later set proves the code moved on. */
  setCount = 0;

  set(callback: () => void, ms: number): number {
    const timer = { id: this.nextId++, ms, callback };
    this.pending.set(timer.id, timer);
    this.setCount += 1;
    for (const watcher of this.watchers.filter((candidate) => candidate.match(timer))) {
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.found(timer);
    }
    return timer.id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** The first timer of `ms` set after set number `after` (or already pending), once it is set. */
  async next(ms: number, after = 0, timeoutMs = 10_000): Promise<{ id: number; fire: () => void }> {
    const match = (timer: PendingTimer): boolean => timer.ms === ms && timer.id > after;
    const waiting = [...this.pending.values()].find(match);
    const timer =
      waiting ??
      (await new Promise<PendingTimer>((resolve, reject) => {
        const watcher = { match, found: resolve };
        this.watchers.push(watcher);
        setTimeout(() => {
          if (!this.watchers.includes(watcher)) return;
          this.watchers.splice(this.watchers.indexOf(watcher), 1);
          reject(new Error(`no ${ms} ms timer was set within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      }));
    return {
      id: timer.id,
      fire: () => {
        if (!this.pending.delete(timer.id)) throw new Error(`timer ${timer.id} was cleared before it fired`);
        timer.callback();
      },
    };
  }

  isPending(id: number): boolean {
    return this.pending.has(id);
  }
}

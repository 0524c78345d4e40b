import { Logger } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { ContextName, EventEnvelope } from '@qaztech/contracts';
import { NotificationListener } from '../database/notification-listener';
import { EventPublisher } from '../queues/event-publisher';
import { outboxChannel } from './outbox-schema';
import { OutboxHead, OutboxRelayRepository, OutboxRow } from './outbox-relay.repository';

/**
 * How the relay waits between cycles. Real timers by default; a test passes timers it fires
 * itself, so a coalescing window ends exactly when the test says and never by a race with a
 * busy machine.
 */
export interface RelayTimer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const PROCESS_TIMER: RelayTimer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};

export interface OutboxRelayOptions {
  source: ContextName;
  databaseUrl: string;
  pollIntervalMs: number;
  /** After a wake-up, how long to wait for more commits before the cycle; 0 runs it at once. */
  coalesceMs?: number;
  /** How often the relay tells the sequence watcher its published head. */
  headAnnounceMs: number;
  batchSize?: number;
  timer?: RelayTimer;
}

/** What the relay needs of the queues: a test can stand between the relay and the real publisher. */
export type RelayPublisher = Pick<EventPublisher, 'publish' | 'redisEpoch' | 'announceHead'>;

/**
 * Moves committed outbox rows to BullMQ. Relays of several replicas take turns: in its turn a
 * relay numbers the new rows (gapless, in the order they became visible) and commits that,
 * publishes what is numbered and unpublished, and marks it published. If Redis is away the rows
 * wait, numbered or not, for the next cycle.
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly timer: RelayTimer;
  private readonly outbox: OutboxRelayRepository;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  /** A commit was notified since the current cycle began: the next wait is only the coalescing. */
  private notified = false;
  private readonly listener: NotificationListener;
  private failingSince: number | undefined;
  private lastAnnouncedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: RelayPublisher,
    private readonly options: OutboxRelayOptions,
  ) {
    this.logger = new Logger(`OutboxRelay:${options.source}`);
    this.batchSize = options.batchSize ?? 500;
    this.outbox = new OutboxRelayRepository(options.source, this.batchSize);
    this.timer = options.timer ?? PROCESS_TIMER;
    // Woken by commits, so events leave within milliseconds instead of at the next poll.
    this.listener = new NotificationListener(options.databaseUrl, outboxChannel(options.source), () => this.onNotified());
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.listener.start();
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loopDone;
    await this.listener.stop();
  }

  /** Whether commits wake the relay yet: its LISTEN is in place. Exposed for tests and tools. */
  get listening(): boolean {
    return this.listener.listening;
  }

  /**
   * One cycle; returns how many events it published (0 when another replica has the turn).
   * Exposed for tests and tools.
   *
   * The numbers are committed before anything is published, and a row is marked published only
   * once it is on every consumer's queue. So an event that has left carries a sequence no later
   * cycle can give to another event, and a cycle cut short anywhere (a failed publish, a session
   * ended, the process gone halfway through its queues) leaves its rows numbered and unpublished,
   * for the next cycle of any replica to send again to every consumer. (Publishing inside the
   * numbering transaction and committing after meant that a session ended between the two rolled
   * the numbers back while the events were out with them, and the next cycle could give one of
   * those numbers to a row that had committed meanwhile: the ledger kept the first copy it saw and
   * missed that sequence for good.)
   */
  async relayOnce(): Promise<number> {
    // Read before the turn: a replica that lost Redis takes no turn and holds up no other.
    const epochBeforeTurn = await this.publisher.redisEpoch();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      if (!(await this.outbox.takeTurn(runner))) return 0;
      try {
        const rows = await this.number(runner, epochBeforeTurn);
        if (rows.length === 0) return 0;
        await this.publisher.publish(rows.map((row) => ({ ...row.envelope, sequence: Number(row.sequence) }) as EventEnvelope));
        await this.outbox.markPublished(runner, rows);
        return rows.length;
      } finally {
        await this.outbox.endTurn(runner);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Announces the highest sequence below which everything is on the queues. Without it, events
   * lost at the very end of a stream (Redis restarted empty right after them) would go unnoticed
   * until the source wrote something new.
   */
  async announceHead(): Promise<void> {
    const lastSequence = await this.outbox.publishedHead(this.dataSource);
    if (lastSequence > 0) await this.publisher.announceHead({ source: this.options.source, lastSequence });
    this.lastAnnouncedAt = Date.now();
  }

  async backlog(): Promise<number> {
    return this.outbox.unpublishedCount(this.dataSource);
  }

  /**
   * Numbers what goes out in this cycle, in a transaction that commits before the publishing.
   * Another replica may have seen Redis change while this one waited for its turn: a change is
   * decided on an identity read under the head lock, never on one before.
   */
  private async number(runner: QueryRunner, epochBeforeTurn: string): Promise<OutboxRow[]> {
    await runner.startTransaction();
    try {
      const head = await this.outbox.lockHead(runner);
      const epoch = head.redis_epoch === epochBeforeTurn ? epochBeforeTurn : await this.publisher.redisEpoch();
      await this.replayIfRedisLost(runner, head, epoch);
      const rows = await this.outbox.takeForPublishing(runner);
      await runner.commitTransaction();
      return rows;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }

  /**
   * A Redis restarted empty lost every job it held, and the ledger asks again only for what the
   * ledger itself misses: another consumer's copy of an event the ledger already took would be
   * gone for good. So when Redis has a new identity, everything published to the old one goes
   * back to unpublished and out again; consumers ignore what they have already handled. A row
   * is marked published with the clock in the same turn as the identity it was published under
   * was checked, so a row published to the old Redis is never older than the moment that Redis
   * was first seen.
   */
  private async replayIfRedisLost(runner: QueryRunner, head: OutboxHead, epoch: string): Promise<void> {
    if (head.redis_epoch === epoch) return;
    if (head.redis_epoch && head.redis_epoch_since) {
      const count = await this.outbox.unpublishSince(runner, head.redis_epoch_since);
      this.logger.warn({ msg: 'Redis came back without its data: events published to it go out again', count });
    }
    await this.outbox.recordRedisEpoch(runner, epoch);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let published = 0;
      this.notified = false;
      try {
        published = await this.relayOnce();
        if (Date.now() - this.lastAnnouncedAt >= this.options.headAnnounceMs) await this.announceHead();
        this.recovered();
      } catch (error) {
        this.failed(error);
      }
      if (published < this.batchSize) await this.sleep(this.failingSince ? this.retryDelay() : this.options.pollIntervalMs);
    }
  }

  private onNotified(): void {
    this.notified = true;
    this.wake?.();
  }

  /**
   * Waits `ms`, or until a commit wakes the relay and `coalesceMs` more have passed: commits that
   * come close together (an auditor's reads, one after another) then leave in one cycle instead
   * of a cycle, a queue write and a consumer transaction each. A commit notified while the last
   * cycle ran (its rows may have come too late for that cycle) wakes the relay at once. While
   * Redis is away commits do not wake it: it keeps to its retry delay. Stopping ends the wait.
   */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      let timer: unknown;
      const done = (): void => {
        this.timer.clear(timer);
        this.wake = undefined;
        resolve();
      };
      const woken = (): void => {
        if (this.running && this.failingSince !== undefined) return;
        this.timer.clear(timer);
        if (!this.running || !this.options.coalesceMs) return done();
        timer = this.timer.set(done, this.options.coalesceMs);
        this.wake = () => {
          if (!this.running) done();
        };
      };
      this.wake = woken;
      timer = this.timer.set(done, ms);
      if (this.notified || !this.running) woken();
    });
  }

  private retryDelay(): number {
    const failingFor = Date.now() - (this.failingSince ?? Date.now());
    return Math.min(5_000, 100 + failingFor / 4);
  }

  private failed(error: unknown): void {
    if (this.failingSince === undefined) {
      this.failingSince = Date.now();
      this.logger.warn(`Relay paused, events wait in the outbox: ${(error as Error).message}`);
    }
  }

  private recovered(): void {
    if (this.failingSince === undefined) return;
    this.logger.log(`Relay resumed after ${Date.now() - this.failingSince} ms`);
    this.failingSince = undefined;
  }
}

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, inTransaction, NotificationListener, OutboxWriter } from '@qaztech/platform';
import { CheckpointKeys } from '../signing/checkpoint-keys';
import { appendBatch, AppendResult } from './append-batch';
import { INBOX_CHANNEL } from './ingestion.repository';

export interface IntegratorOptions {
  origin: string;
  databaseUrl: string;
  batchMax: number;
  batchWaitMs: number;
  /** Dates an event whose own time is malformed, when the ledger takes it in. */
  clock: Clock;
}

/**
 * Appends inbox events to the log in batches: up to `batchMax` events, or whatever has come
 * within `batchWaitMs` of the first one. Any number of replicas may run; the head lock makes
 * them take turns, so there is always exactly one tree.
 */
export class Integrator {
  private readonly logger = new Logger('LedgerIntegrator');
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private readonly listener: NotificationListener;
  private arrivals = 0;
  private wake: (() => void) | undefined;
  private failingSince: number | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: CheckpointKeys,
    private readonly outbox: OutboxWriter,
    private readonly options: IntegratorOptions,
  ) {
    this.listener = new NotificationListener(options.databaseUrl, INBOX_CHANNEL, () => {
      this.arrivals += 1;
      this.wake?.();
    });
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

  /** One batch. Exposed for tools and tests. */
  async appendOnce(): Promise<AppendResult> {
    return inTransaction(this.dataSource, (manager) =>
      appendBatch(manager, this.options.origin, this.keys, this.options.batchMax, this.outbox, this.options.clock),
    );
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let appended = 0;
      try {
        ({ appended } = await this.appendOnce());
        this.recovered();
      } catch (error) {
        this.failed(error);
      }
      if (appended < this.options.batchMax) await this.gatherBatch();
    }
  }

  /**
   * Waits for the next batch: from the first arrival, `batchWaitMs` more, or less if a full batch
   * has come. With nothing arriving it still looks now and then, in case a notification was lost.
   */
  private async gatherBatch(): Promise<void> {
    this.arrivals = 0;
    const idleLimit = this.failingSince ? Math.min(5_000, 100 + (Date.now() - this.failingSince) / 4) : 1_000;
    await this.waitFor(idleLimit, () => this.arrivals > 0);
    if (!this.running || this.arrivals === 0 || this.failingSince) return;
    await this.waitFor(this.options.batchWaitMs, () => this.arrivals >= this.options.batchMax);
  }

  /** Resolves after `ms`, or sooner when a notification finds `enough()` true, or on stop. */
  private waitFor(ms: number, enough: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wake = () => {
        if (!this.running || enough()) finish();
      };
    });
  }

  private failed(error: unknown): void {
    if (this.failingSince !== undefined) return;
    this.failingSince = Date.now();
    this.logger.warn(`Appending paused, events wait in the inbox: ${(error as Error).message}`);
  }

  private recovered(): void {
    if (this.failingSince === undefined) return;
    this.logger.log(`Appending resumed after ${Date.now() - this.failingSince} ms`);
    this.failingSince = undefined;
  }
}

import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ContextName } from '@qaztech/contracts';
import { AuditOutbox } from '../shared/audit-outbox';
import { decideGap, GapDecision } from './gap-rules';
import { IngestionRepository } from './ingestion.repository';
import { inTransaction } from '@qaztech/platform';

export interface GapWatcherOptions {
  graceMs: number;
  intervalMs: number;
}

/** How often late duplicates are swept from the inbox. */
const LATE_DUPLICATE_SWEEP_MS = 30_000;

/**
 * Watches every source's sequence. A hole that stays open, or a head the log never reached,
 * becomes a redelivery request in the ledger's outbox: it reaches the source even if Redis lost
 * everything, because the outbox waits for Redis to come back.
 */
export class GapWatcher {
  private readonly logger = new Logger('LedgerGapWatcher');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastSweepAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: AuditOutbox,
    private readonly ingestion: IngestionRepository,
    private readonly options: GapWatcherOptions,
  ) {}

  start(): void {
    const tick = (): void => {
      this.running = this.checkOnce()
        .then(() => undefined)
        .catch((error: Error) => this.logger.warn(`Gap check failed: ${error.message}`))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.options.intervalMs);
        });
    };
    this.timer = setTimeout(tick, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  async checkOnce(now = new Date()): Promise<Map<string, GapDecision>> {
    // Every source that ever delivered is in source_progress (the inbox records it on arrival):
    // no scan of the inbox, which after a burst holds many rows, live and dead.
    const sources = await this.ingestion.sources(this.dataSource.manager);
    const decisions = new Map<string, GapDecision>();
    const caughtUp = new Map<ContextName, number>();
    for (const source of sources) {
      const checked = await inTransaction(this.dataSource, (manager) => this.checkSource(manager, source, now));
      decisions.set(source, checked.decision);
      if (checked.caughtUpThrough !== undefined) caughtUp.set(source, checked.caughtUpThrough);
    }
    if (now.getTime() - this.lastSweepAt >= LATE_DUPLICATE_SWEEP_MS) {
      this.lastSweepAt = now.getTime();
      await this.forgetLateDuplicates(caughtUp);
    }
    return decisions;
  }

  /**
   * A redelivery that lands while the integrator appends its original can slip into the inbox
   * just after the integrator deleted the original (the consumer's unique check waits for that
   * delete), below the source's mark: the log never takes it, and the integrator's delete, which
   * covers only its own batch, never sees it. Swept for sources that are caught up, so that no
   * copy of an event's personal data stays behind; now and then only, because the scan walks the
   * dead rows of every appended event that vacuum has not cleared yet.
   */
  async forgetLateDuplicates(caughtUpThrough: ReadonlyMap<ContextName, number>): Promise<void> {
    for (const [source, integratedThrough] of caughtUpThrough) {
      await this.ingestion.forgetThrough(this.dataSource.manager, source, integratedThrough);
    }
  }

  private async checkSource(
    manager: EntityManager,
    source: ContextName,
    now: Date,
  ): Promise<{ decision: GapDecision; caughtUpThrough?: number }> {
    const row = await this.ingestion.lockProgress(manager, source);
    if (!row) return { decision: { kind: 'none' } };
    const decision = decideGap(
      {
        integratedThrough: row.integratedThrough,
        announcedHead: row.announcedHead,
        lowestWaiting: row.lowestWaiting ?? undefined,
        gapSince: row.gapSince ?? undefined,
        redeliveryRequestedAt: row.redeliveryRequestedAt ?? undefined,
        redeliveryRequests: row.redeliveryRequests,
      },
      now,
      this.options.graceMs,
    );
    await this.apply(manager, source, decision, now, row.gapSince !== null);
    return { decision, caughtUpThrough: row.lowestWaiting === null ? row.integratedThrough : undefined };
  }

  private async apply(manager: EntityManager, source: ContextName, decision: GapDecision, now: Date, wasOpen: boolean): Promise<void> {
    switch (decision.kind) {
      case 'none':
        if (wasOpen) await this.ingestion.closeGap(manager, source);
        return;
      case 'opened':
        await this.ingestion.openGap(manager, source, now);
        return;
      case 'waiting':
        return;
      case 'request':
        await this.outbox.append(manager, {
          type: 'audit.redelivery_requested.v1',
          aggregateId: null,
          actor: { id: 'system', role: 'system' },
          correlationId: randomUUID(),
          payload: { source, fromSequence: decision.fromSequence, toSequence: decision.toSequence, openForMs: decision.openForMs },
        });
        await this.ingestion.recordRedeliveryRequest(manager, source, now);
        this.logger.warn({ msg: 'redelivery requested', source, from: decision.fromSequence, to: decision.toSequence });
        return;
    }
  }
}

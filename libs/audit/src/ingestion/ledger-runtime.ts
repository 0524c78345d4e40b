import { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, ContextDatabase, Metrics } from '@qaztech/platform';
import { AuditConfig } from '../shared/audit-config';
import { AuditOutbox } from '../shared/audit-outbox';
import { CheckpointKeys } from '../signing/checkpoint-keys';
import { GapWatcher } from './gap-watcher';
import { IngestionRepository } from './ingestion.repository';
import { Integrator } from './integrator';

/**
 * The ledger's background work: the integrator that appends, and the watcher that asks for what
 * is missing. Started once the application is wired, stopped before connections close.
 */
export class LedgerRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly integrator: Integrator;
  readonly gapWatcher: GapWatcher;

  constructor(
    dataSource: DataSource,
    database: ContextDatabase,
    outbox: AuditOutbox,
    keys: CheckpointKeys,
    config: AuditConfig,
    metrics: Metrics,
    clock: Clock,
    ingestion: IngestionRepository,
  ) {
    this.integrator = new Integrator(dataSource, keys, outbox, {
      origin: config.AUDIT_LOG_ORIGIN,
      databaseUrl: database.url,
      batchMax: config.AUDIT_BATCH_MAX,
      batchWaitMs: config.AUDIT_BATCH_WAIT_MS,
      clock,
    });
    // A hole's grace is the machinery's patience, in real time: a test that stops the domain's
    // clock must not stop the ledger from asking for what is missing.
    this.gapWatcher = new GapWatcher(dataSource, outbox, ingestion, {
      graceMs: config.AUDIT_GAP_GRACE_MS,
      intervalMs: Math.max(100, Math.min(1_000, config.AUDIT_GAP_GRACE_MS / 3)),
    });
    metrics.addGaugeSource('ledger_size', 'Entries in the audit ledger', 'origin', async () => ({
      [config.AUDIT_LOG_ORIGIN]: await ingestion.logSize(dataSource.manager, config.AUDIT_LOG_ORIGIN),
    }));
    metrics.addGaugeSource('ledger_inbox', 'Events received but not yet in the ledger, per source', 'source', () =>
      ingestion.waitingBySource(dataSource.manager),
    );
  }

  onApplicationBootstrap(): void {
    this.integrator.start();
    this.gapWatcher.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.gapWatcher.stop();
    await this.integrator.stop();
  }
}

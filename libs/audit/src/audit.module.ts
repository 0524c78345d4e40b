import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Clock,
  CONTEXT_DATABASE,
  ContextDatabase,
  ContextDefinition,
  ContextMessaging,
  EventPublisher,
  inTransaction,
  Metrics,
  PLATFORM_CONFIG,
  PlatformConfig,
  provideContextDatabase,
} from '@qaztech/platform';
import { RecordAccessInterceptor } from './access/record-access.interceptor';
import { EventsController } from './api/events.controller';
import { ExportController } from './api/export.controller';
import { HistoryController } from './api/history.controller';
import { ProofsController } from './api/proofs.controller';
import { TlogController } from './api/tlog.controller';
import { VerifyController } from './api/verify.controller';
import { inboxHandlers } from './ingestion/inbox';
import { IngestionRepository } from './ingestion/ingestion.repository';
import { LedgerRuntime } from './ingestion/ledger-runtime';
import { LedgerQuery } from './log-store/ledger.query';
import { ProofService } from './log-store/proof.service';
import { TileCache } from './log-store/tile-cache';
import { AUDIT_MIGRATIONS } from './migrations';
import { AUDIT_CONFIG, AuditConfig, loadAuditConfig } from './shared/audit-config';
import { AuditMessaging, AuditOutbox } from './shared/audit-outbox';
import { CHECKPOINT_KEYS } from './shared/tokens';
import { CheckpointKeys, loadCheckpointKeys } from './signing/checkpoint-keys';
import { AUDIT_ERROR_CODES } from './shared/audit-errors';

/** The audit context: every event of every context, in one verifiable log. */
@Module({
  controllers: [TlogController, ProofsController, EventsController, HistoryController, ExportController, VerifyController],
  providers: [
    { provide: AUDIT_CONFIG, useFactory: () => loadAuditConfig() },
    ...provideContextDatabase('audit', AUDIT_CONFIG, []),
    AUDIT_ERROR_CODES,
    {
      provide: CHECKPOINT_KEYS,
      inject: [AUDIT_CONFIG, PLATFORM_CONFIG],
      useFactory: (config: AuditConfig, platform: PlatformConfig) =>
        loadCheckpointKeys({
          origin: config.AUDIT_LOG_ORIGIN,
          signerKeys: config.AUDIT_SIGNER_KEYS,
          keyFile: config.AUDIT_SIGNER_KEY_FILE,
          retiredVerifierKeys: config.AUDIT_RETIRED_VERIFIER_KEYS,
          mayGenerate: platform.NODE_ENV !== 'production',
        }),
    },
    AuditOutbox,
    LedgerQuery,
    { provide: TileCache, useFactory: () => new TileCache() },
    ProofService,
    RecordAccessInterceptor,
    { provide: IngestionRepository, useFactory: () => new IngestionRepository() },
    {
      provide: AuditMessaging,
      inject: [DataSource, CONTEXT_DATABASE, EventPublisher, PLATFORM_CONFIG, Metrics, IngestionRepository],
      useFactory: (
        dataSource: DataSource,
        database: ContextDatabase,
        publisher: EventPublisher,
        config: PlatformConfig,
        metrics: Metrics,
        ingestion: IngestionRepository,
      ) =>
        new ContextMessaging('audit', dataSource, database, publisher, config, metrics, inboxHandlers(ingestion), (head) =>
          inTransaction(dataSource, (manager) => ingestion.recordAnnouncedHead(manager, head)),
        ),
    },
    {
      provide: LedgerRuntime,
      inject: [DataSource, CONTEXT_DATABASE, AuditOutbox, CHECKPOINT_KEYS, AUDIT_CONFIG, Metrics, Clock, IngestionRepository],
      useFactory: (
        dataSource: DataSource,
        database: ContextDatabase,
        outbox: AuditOutbox,
        keys: CheckpointKeys,
        config: AuditConfig,
        metrics: Metrics,
        clock: Clock,
        ingestion: IngestionRepository,
      ) => new LedgerRuntime(dataSource, database, outbox, keys, config, metrics, clock, ingestion),
    },
  ],
})
export class AuditModule {}

/** What a process that runs or migrates the ledger validates and migrates before it starts. */
export const AUDIT_CONTEXT: ContextDefinition = {
  name: 'audit',
  loadConfig: loadAuditConfig,
  migrations: AUDIT_MIGRATIONS,
  module: AuditModule,
};

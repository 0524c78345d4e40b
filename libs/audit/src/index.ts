export { AuditModule } from './audit.module';
export { AUDIT_CONFIG_SCHEMA, loadAuditConfig } from './shared/audit-config';
export { exportLedger, EXPORT_FORMAT } from './export/ledger-export';
export type { ExportRecord, ExportRange } from './export/ledger-export';
export { toNdjson } from './export/ndjson';
export * from './log';

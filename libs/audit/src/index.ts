export { AuditModule, AUDIT_CONTEXT } from './audit.module';
export { AUDIT_MIGRATIONS } from './migrations';
export { AUDIT_CONFIG_SCHEMA, loadAuditConfig } from './shared/audit-config';
export { exportLedger } from './export/ledger-export';
export type { ExportRange } from './export/ledger-export';
export { toNdjson } from './export/ndjson';
export * from './log';
export { AUDIT_ERRORS, AuditError } from './shared/audit-errors';
export { AUDIT_EVENT_QUEUE } from './shared/audit-queues';

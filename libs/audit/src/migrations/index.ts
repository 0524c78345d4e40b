import { ContextMigrations, outboxRedisEpochMigration } from '@qaztech/platform';
import { AuditSchema1764000000000 } from './1764000000000-audit-schema';
import { RetireApplicationRole1764700000000 } from './1764700000000-retire-application-role';

/** The ledger's schema history; its role may only read and add to the log itself. */
export const AUDIT_MIGRATIONS: ContextMigrations = {
  context: 'audit',
  migrations: [AuditSchema1764000000000, outboxRedisEpochMigration('audit'), RetireApplicationRole1764700000000],
  restrictedTables: {
    entries: ['SELECT', 'INSERT'],
    tiles: ['SELECT', 'INSERT'],
    checkpoints: ['SELECT', 'INSERT'],
    // Erasing personal data deletes a payload; nothing may rewrite one.
    payloads: ['SELECT', 'INSERT', 'DELETE'],
  },
};

import { ConfigOf, contextDatabaseVariables, InvalidValue, loadConfig, parsers } from '@qaztech/platform';

/** A C2SP log origin: a schema-less URL-like name, no spaces, no `+`. */
function origin(raw: string): string | InvalidValue {
  return /^[\x21-\x7e]+$/.test(raw) && !raw.includes('+') ? raw : new InvalidValue('expected a log origin such as example.kz/ledger');
}

export const AUDIT_CONFIG_SCHEMA = {
  ...contextDatabaseVariables('audit'),
  AUDIT_LOG_ORIGIN: {
    description: 'The ledger origin: the first line of every checkpoint and the name of its signing key',
    parse: origin,
    default: () => 'qaztech-exemptions.kz/ledger',
  },
  AUDIT_SIGNER_KEYS: {
    description: 'Checkpoint signing keys (PRIVATE+KEY+… note keys), separated by spaces or new lines; all of them sign',
    parse: parsers.string,
    default: () => '',
    secret: true,
  },
  AUDIT_SIGNER_KEY_FILE: {
    description: 'File with the signing keys when AUDIT_SIGNER_KEYS is empty; generated on first use outside production',
    parse: parsers.string,
    default: () => '.local/audit-signer-keys',
  },
  AUDIT_RETIRED_VERIFIER_KEYS: {
    description: 'Verifier keys of retired signing keys, still accepted for old checkpoints (space separated)',
    parse: parsers.string,
    default: () => '',
  },
  AUDIT_BATCH_MAX: { description: 'Most events appended in one batch', parse: parsers.positiveInteger, default: () => 1_000 },
  AUDIT_BATCH_WAIT_MS: {
    description: 'Longest wait before a batch is appended (ms)',
    parse: parsers.positiveInteger,
    default: () => 250,
  },
  AUDIT_GAP_GRACE_MS: {
    description: 'How long a gap in a source sequence may stay open before redelivery is asked (ms)',
    parse: parsers.positiveInteger,
    default: () => 3_000,
  },
};

export type AuditConfig = ConfigOf<typeof AUDIT_CONFIG_SCHEMA>;
export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');

export function loadAuditConfig(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  return loadConfig(AUDIT_CONFIG_SCHEMA, env);
}

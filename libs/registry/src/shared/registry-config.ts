import { ConfigOf, contextDatabaseVariables, InvalidValue, loadConfig, parsers } from '@qaztech/platform';

function httpUrl(raw: string): string | InvalidValue {
  if (raw.trim() === '') return '';
  const parsed = parsers.url(['http:', 'https:'])(raw);
  return parsed instanceof InvalidValue ? parsed : parsed.replace(/\/+$/, '');
}

export const REGISTRY_CONFIG_SCHEMA = {
  ...contextDatabaseVariables('registry'),
  REGISTRY_SIGNER_KEYS: {
    description:
      'Ed25519 private keys of the register (base64url 32-byte seeds), separated by spaces or new lines; the first signs, all are published',
    parse: parsers.string,
    default: () => '',
    secret: true,
  },
  REGISTRY_SIGNER_KEY_FILE: {
    description: 'File with the signing keys when REGISTRY_SIGNER_KEYS is empty; generated on first use outside production',
    parse: parsers.string,
    default: () => '.local/registry-signer-keys',
  },
  REGISTRY_RETIRED_PUBLIC_KEYS: {
    description: 'Public keys (base64url Ed25519) of retired signing keys, still published so old records verify (space separated)',
    parse: parsers.string,
    default: () => '',
  },
  REGISTRY_PUBLIC_URL: {
    description:
      "The register's public address (https://register.example.kz), for the absolute links of the Atom feed; empty: each request's own address (Host, or X-Forwarded-Host and -Proto from a proxy TRUST_PROXY names)",
    parse: httpUrl,
    default: () => '',
  },
  REGISTRY_ANSWER_CACHE_BYTES: {
    description: 'Memory for rendered public answers (lists, feeds, pages) kept until the next publication, in bytes',
    parse: parsers.positiveInteger,
    default: () => 16 * 1024 * 1024,
  },
  REGISTRY_EXPORT_PAGE_SIZE: {
    description: 'Records read per query while the whole register streams out as CSV; the export is never held whole',
    parse: parsers.positiveInteger,
    default: () => 500,
  },
};

export type RegistryConfig = ConfigOf<typeof REGISTRY_CONFIG_SCHEMA>;
export const REGISTRY_CONFIG = Symbol('REGISTRY_CONFIG');
/** Injection token of the register's signing and published keys. */
export const REGISTRY_KEYS = Symbol('REGISTRY_KEYS');

export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return loadConfig(REGISTRY_CONFIG_SCHEMA, env);
}

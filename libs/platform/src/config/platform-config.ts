import { isDiscoverableIssuer } from '../auth/oidc-discovery';
import { SIGNATURES_CONFIG_SCHEMA } from '../signatures/signatures-config';
import { ConfigOf, ConfigurationError, InvalidValue, loadConfig, parsers, VariableSpec } from './config-schema';

const NODE_ENVS = ['development', 'test', 'production'] as const;
const isProduction = (env: NodeJS.ProcessEnv): boolean => env.NODE_ENV === 'production';

/** The owner's connection on a development machine: the local server's superuser. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/qaztech_exemptions';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const QUEUE_BACKENDS = ['redis', 'postgres'] as const;
export type QueueBackendKind = (typeof QUEUE_BACKENDS)[number];

/** The role BullMQ's PostgreSQL backend connects as, and the schema its tables live in. */
export const QUEUE_ROLE = 'qaztech_queues';
export const QUEUE_SCHEMA = 'queues';
/** The queue role's password when none is configured; refused with NODE_ENV=production. */
export const QUEUE_DEVELOPMENT_PASSWORD = 'qaztech-queues-dev';

export const PLATFORM_CONFIG_SCHEMA = {
  NODE_ENV: {
    description: 'development, test or production',
    parse: parsers.oneOf(NODE_ENVS),
    default: () => 'development' as const,
  } satisfies VariableSpec<(typeof NODE_ENVS)[number]>,
  PORT: { description: 'HTTP port', parse: parsers.port, default: () => 3000 },
  HOST: { description: 'HTTP listen address', parse: parsers.string, default: () => '0.0.0.0' },
  DATABASE_URL: {
    description:
      "PostgreSQL connection URL of the owner role: creates the database and the contexts' roles, and runs migrations; each context's connection is derived from it",
    parse: parsers.url(['postgres:', 'postgresql:']),
    default: () => DEFAULT_DATABASE_URL,
    secret: true,
  },
  DATABASE_APPLICATION_NAME: {
    description: "Name this process's database sessions carry (pg_stat_activity.application_name); defaults to the service's",
    parse: parsers.string,
    default: () => 'qaztech-exemptions',
  },
  DATABASE_POOL_SIZE: { description: 'PostgreSQL connections per process', parse: parsers.positiveInteger, default: () => 10 },
  QUEUE_BACKEND: {
    description:
      "Where BullMQ keeps the queues: redis, or postgres (BullMQ's PostgreSQL backend, schema queues of DATABASE_URL's database). Unset, npm start picks Redis when REDIS_URL is set or one answers on 127.0.0.1:6379, PostgreSQL otherwise; production needs REDIS_URL or QUEUE_BACKEND=postgres",
    parse: parsers.oneOf(QUEUE_BACKENDS),
    default: () => 'redis' as const,
  } satisfies VariableSpec<QueueBackendKind>,
  REDIS_URL: {
    description: 'Redis connection URL (QUEUE_BACKEND=redis)',
    parse: parsers.url(['redis:', 'rediss:']),
    default: () => DEFAULT_REDIS_URL,
    secret: true,
  },
  QUEUE_PREFIX: { description: 'Prefix of every BullMQ key in Redis', parse: parsers.string, default: () => 'qtx' },
  QUEUE_DATABASE_URL: {
    description: `Connection URL of the queues on PostgreSQL (QUEUE_BACKEND=postgres), as their own role; by default DATABASE_URL's server with the role ${QUEUE_ROLE} and QUEUE_DATABASE_PASSWORD`,
    parse: parsers.url(['postgres:', 'postgresql:']),
    default: () => '',
    secret: true,
  },
  QUEUE_DATABASE_PASSWORD: {
    description: `Password of the queue role ${QUEUE_ROLE} (QUEUE_BACKEND=postgres); a development default outside production`,
    parse: parsers.string,
    default: () => '',
    secret: true,
  },
  AUTH_JWKS_URL: {
    description: "The token issuer's JWKS URL; without it, found by OpenID discovery from AUTH_ISSUER",
    parse: parsers.url(['https:', 'http:']),
    default: () => '',
  },
  AUTH_ISSUER: {
    description: "Expected `iss` of tokens: the identity provider's URL, whose /.well-known/openid-configuration names its keys",
    parse: parsers.string,
    default: () => 'qaztech-exemptions-dev',
  },
  AUTH_AUDIENCE: { description: 'Expected `aud` of tokens', parse: parsers.string, default: () => 'qaztech-exemptions' },
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: {
    description: 'Longest lifetime (exp minus iat) a token may have to be accepted, in seconds; tokens without exp are refused',
    parse: parsers.positiveInteger,
    default: () => 12 * 3600,
  },
  AUTH_DEV_ISSUER: {
    description: 'Built-in development token issuer (never in production)',
    parse: parsers.boolean,
    default: (env: NodeJS.ProcessEnv) => !isProduction(env),
  },
  AUTH_DEV_KEY_FILE: {
    description: 'Where the development issuer keeps its generated Ed25519 key',
    parse: parsers.string,
    default: () => '.local/dev-issuer-key.json',
  },
  STORAGE_DIR: {
    description: 'Directory for uploads in progress, and for stored attachments with ATTACHMENTS_STORE=directory',
    parse: parsers.string,
    default: () => 'var/storage',
  },
  MIGRATE_ON_START: {
    description: 'Create the database if missing and apply migrations before serving',
    parse: parsers.boolean,
    default: (env: NodeJS.ProcessEnv) => !isProduction(env),
  },
  EVENT_CONSUMER_CONCURRENCY: {
    description:
      'Events each context takes from its queue at once; those that come while a transaction runs are handled together in the next (up to 50), so twice that keeps every transaction full',
    parse: parsers.positiveInteger,
    default: () => 100,
  },
  OUTBOX_POLL_MS: { description: 'Outbox relay idle poll interval (ms)', parse: parsers.positiveInteger, default: () => 500 },
  OUTBOX_COALESCE_MS: {
    description:
      'How long an idle relay, woken by a commit, waits for more commits before its cycle (ms): events that come close together leave in one cycle, one queue write and one consumer transaction, instead of one each',
    parse: parsers.nonNegativeInteger,
    default: () => 20,
  },
  OUTBOX_HEAD_ANNOUNCE_MS: {
    description: 'How often each relay tells the ledger its published head (ms)',
    parse: parsers.positiveInteger,
    default: () => 5_000,
  },
  TRUST_PROXY: {
    description:
      'Whose X-Forwarded-For to believe for the client address: false (nobody), true (any), or proxy addresses/CIDRs separated by commas',
    parse: parseTrustProxy,
    default: () => false as TrustProxy,
  },
  CORS_ALLOWED_ORIGINS: {
    description: 'Origins (scheme://host[:port]) whose browser pages may call the API, comma separated; none by default',
    parse: parseOrigins,
    default: () => [] as string[],
  },
  RATE_LIMIT_WINDOW_SECONDS: { description: 'Length of a rate-limit window (s)', parse: parsers.positiveInteger, default: () => 60 },
  RATE_LIMIT_PUBLIC: {
    description: 'Requests per window a client address may make to login-free reads',
    parse: parsers.positiveInteger,
    default: () => 300,
  },
  RATE_LIMIT_WRITE: {
    description: 'Writes (POST, PUT, PATCH, DELETE) per window for one user, or one address when anonymous',
    parse: parsers.positiveInteger,
    default: () => 120,
  },
  LOG_LEVEL: {
    description: 'error, warn, log, debug',
    parse: parsers.oneOf(['error', 'warn', 'log', 'debug'] as const),
    default: () => 'log' as const,
  },
  ...SIGNATURES_CONFIG_SCHEMA,
} as const;

/** Fastify's `trustProxy`: who may tell us the client's address. */
export type TrustProxy = boolean | string[];

function parseTrustProxy(raw: string): TrustProxy | InvalidValue {
  const flag = parsers.boolean(raw);
  if (typeof flag === 'boolean') return flag;
  const addresses = parsers.list(raw);
  const address = /^[0-9A-Fa-f.:]+(\/\d{1,3})?$/;
  if (addresses.length > 0 && addresses.every((item) => address.test(item))) return addresses;
  return new InvalidValue('expected true, false or IP addresses/CIDRs separated by commas');
}

function parseOrigins(raw: string): string[] | InvalidValue {
  const origins = parsers.list(raw);
  for (const origin of origins) {
    // A browser sends the bare origin; anything else could never match, or would match too much.
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      return new InvalidValue(`"${origin}" is not an origin such as https://portal.example.kz`);
    }
  }
  return origins;
}

export type PlatformConfig = ConfigOf<typeof PLATFORM_CONFIG_SCHEMA>;

/** Loads and cross-checks the platform's variables; throws ConfigurationError naming each bad one. */
export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const config = loadConfig(PLATFORM_CONFIG_SCHEMA, env);
  const problems: string[] = [];
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_ISSUER) {
    problems.push('AUTH_DEV_ISSUER=true is refused with NODE_ENV=production: the development issuer signs any token');
  }
  if (!config.AUTH_DEV_ISSUER && !config.AUTH_JWKS_URL && !isDiscoverableIssuer(config.AUTH_ISSUER)) {
    problems.push(
      "AUTH_ISSUER must be the identity provider's URL (its keys are found by OpenID discovery), or AUTH_JWKS_URL set, when AUTH_DEV_ISSUER is false",
    );
  }
  if (config.NODE_ENV === 'production' && config.QUEUE_BACKEND === 'postgres' && !config.QUEUE_DATABASE_URL) {
    if (!config.QUEUE_DATABASE_PASSWORD || config.QUEUE_DATABASE_PASSWORD === QUEUE_DEVELOPMENT_PASSWORD) {
      problems.push('QUEUE_DATABASE_PASSWORD (or QUEUE_DATABASE_URL) is required with NODE_ENV=production and QUEUE_BACKEND=postgres');
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}

export { InvalidValue };

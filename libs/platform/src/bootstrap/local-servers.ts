import { connect } from 'node:net';
import { ConfigurationError } from '../config/config-schema';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL, QueueBackendKind } from '../config/platform-config';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where the embedded PostgreSQL keeps its data unless EMBEDDED_POSTGRES_DIR says otherwise. */
export const EMBEDDED_POSTGRES_DIR = '.local/postgres';
const DEFAULT_POSTGRES = { host: '127.0.0.1', port: 5432 };
const DEFAULT_REDIS = { host: '127.0.0.1', port: 6379 };

/** What a process runs on, chosen before its configuration is read, and how to stop it. */
export interface LocalServers {
  /** One line each for the database and the queues: what was chosen, and how to choose otherwise. */
  notes: string[];
  /** Milliseconds the embedded PostgreSQL took to start, when one was started. */
  embeddedStartupMs?: number;
  stop(): Promise<void>;
}

/** Whether something accepts TCP connections at the address, within a short wait. */
export function answers(address: { host: string; port: number }, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(address);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Production runs only on servers it was given: no embedded database, no guessed queue backend.
 * Throws ConfigurationError naming what is missing (the process exits 78).
 */
export function requireExplicitServers(env: NodeJS.ProcessEnv): void {
  const problems: string[] = [];
  if (!env.DATABASE_URL) {
    problems.push('DATABASE_URL is required with NODE_ENV=production: production never runs on an embedded PostgreSQL');
  }
  const backend = env.QUEUE_BACKEND;
  if (!env.REDIS_URL && backend !== 'postgres') {
    problems.push(
      'REDIS_URL is required with NODE_ENV=production, or QUEUE_BACKEND=postgres to keep the queues in PostgreSQL: production never guesses its queue backend',
    );
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
}

/**
 * The queue backend when QUEUE_BACKEND is not set: Redis when REDIS_URL names one or one answers
 * on the default port, PostgreSQL otherwise.
 */
export async function chooseQueueBackend(env: NodeJS.ProcessEnv): Promise<QueueBackendKind> {
  if (env.QUEUE_BACKEND === 'redis' || env.QUEUE_BACKEND === 'postgres') return env.QUEUE_BACKEND;
  if (env.QUEUE_BACKEND) return 'redis'; // not a backend: the configuration check names it
  if (env.REDIS_URL) return 'redis';
  return (await answers(DEFAULT_REDIS)) ? 'redis' : 'postgres';
}

/**
 * Makes sure the process has a database and a queue backend, and writes the choice into `env`
 * (DATABASE_URL, QUEUE_BACKEND) so that processes it starts make the same one. Outside
 * production: with no DATABASE_URL and nothing answering on 127.0.0.1:5432, it starts the
 * embedded PostgreSQL with its data under .local/; with no Redis configured or answering, the
 * queues run on BullMQ's PostgreSQL backend.
 */
export async function provideLocalServers(env: NodeJS.ProcessEnv): Promise<LocalServers> {
  if (env.NODE_ENV === 'production') {
    requireExplicitServers(env);
    env.QUEUE_BACKEND ||= 'redis';
    return { notes: [], stop: async () => undefined };
  }
  const notes: string[] = [];
  let stop = async (): Promise<void> => undefined;
  let embeddedStartupMs: number | undefined;
  if (env.DATABASE_URL) {
    notes.push('database: DATABASE_URL');
  } else if (await answers(DEFAULT_POSTGRES)) {
    notes.push(`database: the PostgreSQL answering on 127.0.0.1:5432 (${DEFAULT_DATABASE_URL}); set DATABASE_URL for another`);
  } else {
    const dataDir = env.EMBEDDED_POSTGRES_DIR || EMBEDDED_POSTGRES_DIR;
    const server = await startEmbeddedPostgres({ dataDir, port: DEFAULT_POSTGRES.port });
    env.DATABASE_URL = DEFAULT_DATABASE_URL;
    stop = server.stop;
    embeddedStartupMs = server.startupMs;
    notes.push(
      `database: nothing answered on 127.0.0.1:5432, so an embedded PostgreSQL ${server.initialised ? 'was created' : 'was started'} ` +
        `there (data in ${dataDir}, ${server.startupMs} ms); it stops with this process. ` +
        'To use a PostgreSQL server of your own: DATABASE_URL=postgres://owner:password@host:5432/qaztech_exemptions',
    );
  }
  const explicit = env.QUEUE_BACKEND;
  const backend = await chooseQueueBackend(env);
  env.QUEUE_BACKEND = backend;
  if (backend === 'redis') {
    notes.push(
      `queues: Redis at ${redactedUrl(env.REDIS_URL || DEFAULT_REDIS_URL)}; QUEUE_BACKEND=postgres keeps them in PostgreSQL instead`,
    );
  } else {
    notes.push(
      'queues: BullMQ on PostgreSQL (schema "queues"), ' +
        (explicit ? 'as QUEUE_BACKEND says' : 'as no Redis is configured or answers on 127.0.0.1:6379') +
        '; to use Redis: REDIS_URL=redis://host:6379 (and QUEUE_BACKEND=redis)',
    );
  }
  return { notes, embeddedStartupMs, stop };
}

function redactedUrl(raw: string): string {
  if (!URL.canParse(raw)) return raw;
  const url = new URL(raw);
  if (url.password) url.password = '***';
  return url.toString();
}

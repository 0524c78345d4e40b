import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureBuilt } from './support/service-process';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs a built program with the run's environment and `env` over it, until it exits by itself. */
function run(program: string, env: Record<string, string>): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', program)], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

async function databaseExists(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Something wrong in the platform's variables and in each context's, all at once. */
function badEnvironment(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: 'true',
    PORT: 'eighty',
    INTAKE_DATABASE_URL: 'mysql://intake@db/x',
    REVIEW_QUORUM: '3/2',
    REGISTRY_PUBLIC_URL: 'ftp://register.example',
    WEBHOOK_SWEEP_MS: 'soon',
    AUDIT_BATCH_MAX: '0',
  };
}

const EVERY_PROBLEM = [
  /PORT="eighty" is invalid/,
  /INTAKE_DATABASE_URL=\(secret, not shown\) is invalid/,
  /REVIEW_QUORUM="3\/2" is invalid/,
  /REGISTRY_PUBLIC_URL="ftp:\/\/register.example" is invalid/,
  /WEBHOOK_SWEEP_MS="soon" is invalid/,
  /AUDIT_BATCH_MAX="0" is invalid/,
];

describe('a start with a bad configuration', () => {
  beforeAll(() => ensureBuilt());

  function freshDatabaseUrl(): string {
    const url = new URL(process.env.DATABASE_URL ?? '');
    url.pathname = `${url.pathname}_${randomBytes(3).toString('hex')}`;
    return url.toString();
  }

  it('stops the standalone process with 78 before migrating, naming every bad variable of every module', async () => {
    const databaseUrl = freshDatabaseUrl();
    const ended = await run('apps/standalone/src/main.js', badEnvironment(databaseUrl));
    expect(ended.code).toBe(78);
    for (const problem of EVERY_PROBLEM) expect(ended.stderr).toMatch(problem);
    expect(ended.stderr).not.toMatch(/^\s+at /m);
    // Nothing was created, let alone migrated.
    expect(await databaseExists(databaseUrl)).toBe(false);
  });

  it("stops one context's service on its own variables, and ignores the other contexts'", async () => {
    const ended = await run('apps/review/src/main.js', badEnvironment(freshDatabaseUrl()));
    expect(ended.code).toBe(78);
    expect(ended.stderr).toMatch(/PORT="eighty" is invalid/);
    expect(ended.stderr).toMatch(/REVIEW_QUORUM="3\/2" is invalid/);
    expect(ended.stderr).not.toMatch(/INTAKE_|REGISTRY_|WEBHOOK_|AUDIT_/);
  });

  it('stops the migrate command with 78 when production would run on development passwords', async () => {
    const databaseUrl = freshDatabaseUrl();
    const ended = await run('tools/migrate.js', {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
    });
    expect(ended.code).toBe(78);
    for (const context of ['INTAKE', 'REVIEW', 'REGISTRY', 'AUDIT']) {
      expect(ended.stderr).toContain(`${context}_DATABASE_PASSWORD: required with NODE_ENV=production`);
    }
    expect(await databaseExists(databaseUrl)).toBe(false);
  });

  it('stops a production start with 78 when it was given no servers: no embedded database, no guessed queues', async () => {
    const ended = await run('apps/standalone/src/main.js', {
      NODE_ENV: 'production',
      DATABASE_URL: '',
      REDIS_URL: '',
      QUEUE_BACKEND: '',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
    });
    expect(ended.code).toBe(78);
    expect(ended.stderr).toContain('DATABASE_URL is required with NODE_ENV=production');
    expect(ended.stderr).toContain('REDIS_URL is required with NODE_ENV=production, or QUEUE_BACKEND=postgres');
  });
});

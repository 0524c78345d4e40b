import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One test run = one database, one Redis key prefix and one scratch directory, all named after
 * the run, so runs never see each other's data and teardown removes exactly what the run made.
 */
export function describeTestRun(runId = randomBytes(4).toString('hex')) {
  const base = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(base);
  url.pathname = `/qtx_test_${runId}`;
  const scratch = join(tmpdir(), `qtx-test-${runId}`);
  return {
    runId,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      // The second run of the messaging suites sets QUEUE_BACKEND=postgres (package.json).
      QUEUE_BACKEND: process.env.QUEUE_BACKEND ?? 'redis',
      QUEUE_PREFIX: `qtx-test-${runId}`,
      STORAGE_DIR: join(scratch, 'storage'),
      AUTH_DEV_ISSUER: 'true',
      AUTH_DEV_KEY_FILE: join(scratch, 'dev-issuer-key.json'),
      OUTBOX_POLL_MS: '100',
      OUTBOX_HEAD_ANNOUNCE_MS: '500',
      AUDIT_SIGNER_KEY_FILE: join(scratch, 'audit-signer-keys'),
      REGISTRY_SIGNER_KEY_FILE: join(scratch, 'registry-signer-keys'),
      AUDIT_GAP_GRACE_MS: '1000',
      // Suites share the loopback address and some fixed user names within one window; the
      // rate-limit suite sets its own small limits.
      RATE_LIMIT_PUBLIC: '1000000',
      RATE_LIMIT_WRITE: '1000000',
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'false',
    },
    scratch,
  };
}

export type TestRun = ReturnType<typeof describeTestRun>;

/** globalSetup and globalTeardown run in the same process: the run passes between them here. */
export const testRunHolder = globalThis as typeof globalThis & {
  qaztechTestRun?: TestRun;
  qaztechOwnServers?: { postgres?: { stop(): Promise<void> }; redis?: { stop(): Promise<void> } };
};

import { rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { dropDatabase } from '@qaztech/platform';
import { testRunHolder } from './test-environment';

/** Drops the run's database, its Redis keys and its files; stops the servers the run started. */
export default async function globalTeardown(): Promise<void> {
  try {
    await cleanUp();
  } finally {
    const own = testRunHolder.qaztechOwnServers;
    await own?.redis?.stop();
    await own?.postgres?.stop();
  }
}

async function cleanUp(): Promise<void> {
  const run = testRunHolder.qaztechTestRun;
  if (!run) return;
  await dropDatabase(run.env.DATABASE_URL);
  const redis = new Redis(run.env.REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${run.env.QUEUE_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  await rm(run.scratch, { recursive: true, force: true });
}

import { readFile, rm } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { dropDatabase } from '@qaztech/platform';
import { RUN_FILE } from './test-environment';

/** Drops the run's database, its Redis keys and its files. */
export default async function globalTeardown(): Promise<void> {
  const run = JSON.parse(await readFile(RUN_FILE, 'utf8')) as { env: Record<string, string>; scratch: string };
  await dropDatabase(run.env.DATABASE_URL!);
  const redis = new Redis(run.env.REDIS_URL!);
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
  await rm(RUN_FILE, { force: true });
}

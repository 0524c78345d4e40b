import { migrateTestDatabase } from './migrate';
import { buildOnce, ensureSystemPackages, providePostgres, provideRedis } from './local-servers';
import { describeTestRun, testRunHolder } from './test-environment';

/**
 * Makes sure the run has what it needs (system packages, PostgreSQL and Redis: the machine's, or
 * the run's own when none answers), then creates the run's database and applies the migrations
 * once, as a deployment would.
 */
export default async function globalSetup(): Promise<void> {
  ensureSystemPackages();
  buildOnce();
  const servers = { postgres: await providePostgres(), redis: await provideRedis() };
  testRunHolder.qaztechOwnServers = servers;
  if (servers.postgres) process.env.TEST_DATABASE_BASE_URL = servers.postgres.url;
  if (servers.redis) process.env.TEST_REDIS_URL = servers.redis.url;
  const run = describeTestRun();
  Object.assign(process.env, run.env);
  testRunHolder.qaztechTestRun = run;
  await migrateTestDatabase(run.env.DATABASE_URL);
}

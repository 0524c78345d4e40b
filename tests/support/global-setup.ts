import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { ensureDatabase, runMigrations } from '@qaztech/platform';
import { describeTestRun, testRunHolder } from './test-environment';

/** Creates the run's database and applies the migrations once, as a deployment would. */
export default async function globalSetup(): Promise<void> {
  const run = describeTestRun();
  Object.assign(process.env, run.env);
  testRunHolder.qaztechTestRun = run;
  await ensureDatabase(run.env.DATABASE_URL);
  await runMigrations(run.env.DATABASE_URL, ALL_MIGRATIONS);
}

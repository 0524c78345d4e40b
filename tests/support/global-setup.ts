import { migrateTestDatabase } from './migrate';
import { describeTestRun, testRunHolder } from './test-environment';

/** Creates the run's database and applies the migrations once, as a deployment would. */
export default async function globalSetup(): Promise<void> {
  const run = describeTestRun();
  Object.assign(process.env, run.env);
  testRunHolder.qaztechTestRun = run;
  await migrateTestDatabase(run.env.DATABASE_URL);
}

import { ALL_MIGRATIONS } from '@qaztech/migrations';
import { ensureDatabase, loadPlatformConfig, runMigrations } from '@qaztech/platform';
import { parseArgs, runCommand } from './cli-args';

const HELP = `Create the database if it is missing and apply pending migrations.

Usage: npm run migrate [-- --help]

Reads DATABASE_URL (default postgres://postgres@127.0.0.1:5432/qaztech_exemptions).
Safe to run from several processes at once: they take turns on an advisory lock.
`;

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2), ['help']);
  if (args.has('help')) {
    process.stdout.write(HELP);
    return;
  }
  const config = loadPlatformConfig();
  await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(config.DATABASE_URL, ALL_MIGRATIONS);
  process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
});

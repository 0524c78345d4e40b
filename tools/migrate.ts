import { chooseQueueBackend, configurationOrExit, loadServiceConfiguration, migrateDatabase, queueStoreTarget } from '@qaztech/platform';
import { ALL_CONTEXTS } from '../apps/standalone/src/standalone.module';
import { parseArgs, runCommand } from './cli-args';

const HELP = `Create the database if it is missing, each context's role and schema, and apply pending migrations.

Usage: npm run migrate [-- --help]

Runs as the owner role of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/qaztech_exemptions).
Each context gets a login role of its own (qaztech_intake, qaztech_review, qaztech_registry,
qaztech_audit) with the password of <CTX>_DATABASE_PASSWORD, or the role and password of a whole
<CTX>_DATABASE_URL; development passwords are used when neither is set, and refused with
NODE_ENV=production. With the queues on PostgreSQL (QUEUE_BACKEND=postgres, or no Redis configured
or answering), BullMQ's schema "queues" too, with its role qaztech_queues (QUEUE_DATABASE_PASSWORD).
Every module's configuration is checked first: a bad one exits 78.
Safe to run from several processes at once: they take turns on advisory locks.
`;

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2), ['help']);
  if (args.has('help')) {
    process.stdout.write(HELP);
    return;
  }
  process.env.QUEUE_BACKEND = await chooseQueueBackend(process.env);
  const { platform, targets } = configurationOrExit(() => loadServiceConfiguration(ALL_CONTEXTS));
  const applied = await migrateDatabase(platform.DATABASE_URL, targets, queueStoreTarget(platform));
  process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
});

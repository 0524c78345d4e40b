import { join } from 'node:path';
import {
  configurationOrExit,
  loadOrCreateDevKey,
  loadServiceConfiguration,
  migrateDatabase,
  provideLocalServers,
  queueStoreTarget,
  requireExplicitServers,
  SHUTDOWN_GRACE_MS,
} from '@qaztech/platform';
import { ALL_CONTEXTS } from '../apps/standalone/src/standalone.module';
import { parseArgs } from './cli-args';
import { Gateway, startGateway } from './system/gateway';
import { waitUntilReady } from './system/readiness';
import { ChildExit, stoppedCleanly, Supervisor } from './system/supervisor';
import { DEFAULT_GATEWAY_PORT, SERVICES } from './system/topology';

const portOption = (name: string): string => `${name}-port`;
const portVariable = (name: string): string => `${name.toUpperCase()}_PORT`;

const HELP = `Run the system as separate services, one process each, behind one gateway port.

Usage: npm run start:services [-- options]

  --host HOST          address every process listens on (default 127.0.0.1)
  --gateway-port N     the gateway, the system's one address (default ${DEFAULT_GATEWAY_PORT}, or GATEWAY_PORT)
${SERVICES.map((s) => `  --${portOption(s.name).padEnd(18)} ${s.name} (default ${s.defaultPort}, or ${portVariable(s.name)})`).join('\n')}

Applies migrations once, then starts ${SERVICES.map((s) => s.name).join(', ')} and the gateway, which
routes by path prefix exactly as deploy/nginx.conf does. Every other setting comes from the
environment, as for the services themselves (DATABASE_URL, <CTX>_DATABASE_PASSWORD, REDIS_URL,
QUEUE_PREFIX, …); each service connects to the database as its own context's role.

Ctrl-C or SIGTERM stops every service cleanly. The command exits 1 when a service dies or does
not stop cleanly, 0 otherwise.
`;

type Ports = Record<string, number>;

function readPorts(args: Map<string, string[]>): Ports {
  const ports: Ports = {};
  const wanted = [{ name: 'gateway', defaultPort: DEFAULT_GATEWAY_PORT }, ...SERVICES];
  for (const { name, defaultPort } of wanted) {
    const raw = args.get(portOption(name))?.at(-1) ?? process.env[portVariable(name)] ?? String(defaultPort);
    const port = Number(raw);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--${portOption(name)} ${raw} is not a port`);
    ports[name] = port;
  }
  return ports;
}

/**
 * Every module's configuration checked, migrations once (each context's role and schema with
 * them), and the development key made before four processes race to make it.
 */
async function prepare(): Promise<void> {
  const { platform: config, targets } = configurationOrExit(() => loadServiceConfiguration(ALL_CONTEXTS));
  const applied = await migrateDatabase(config.DATABASE_URL, targets, queueStoreTarget(config));
  process.stdout.write(applied.length > 0 ? `migrations applied: ${applied.join(', ')}\n` : 'database is up to date\n');
  if (config.AUTH_DEV_ISSUER) await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE);
}

function startServices(supervisor: Supervisor, host: string, ports: Ports): void {
  for (const service of SERVICES) {
    supervisor.start({
      name: service.name,
      command: process.execPath,
      args: [join(__dirname, '..', 'apps', service.name, 'src', 'main.js')],
      // The gateway reaches the services over loopback: they believe the client address it forwards.
      env: { TRUST_PROXY: '127.0.0.1,::1', ...process.env, HOST: host, PORT: String(ports[service.name]), MIGRATE_ON_START: 'false' },
    });
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['help', 'host', 'gateway-port', ...SERVICES.map((s) => portOption(s.name))]);
  if (args.has('help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const host = args.get('host')?.at(-1) ?? '127.0.0.1';
  const ports = readPorts(args);
  // The services inherit the choice made here (DATABASE_URL, QUEUE_BACKEND written into the
  // environment): one embedded database for all of them, stopped after the last.
  if (process.env.NODE_ENV === 'production') configurationOrExit(() => requireExplicitServers(process.env));
  const local = await provideLocalServers(process.env);
  for (const note of local.notes) process.stdout.write(`${note}\n`);
  try {
    return await runServices(host, ports);
  } finally {
    await local.stop();
  }
}

async function runServices(host: string, ports: Ports): Promise<number> {
  await prepare();
  let failure: ChildExit | undefined;
  let wake: () => void = () => undefined;
  const finished = new Promise<string>((resolve) => {
    wake = () => resolve('stop');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => resolve(signal));
  });
  const supervisor = new Supervisor((exit) => {
    failure ??= exit;
    wake();
  });
  startServices(supervisor, host, ports);
  const upstreams = Object.fromEntries(SERVICES.map((s) => [s.name, `http://${host}:${ports[s.name]}`])) as Record<string, string>;
  let gateway: Gateway | undefined;
  try {
    gateway = await startGateway({ host, port: ports.gateway!, upstreams: upstreams as never });
    await Promise.race([announceWhenReady(gateway.url, upstreams, () => failure !== undefined), finished]);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    failure ??= { name: 'gateway', code: 1, signal: null };
    wake();
  }
  const reason = await finished;
  if (reason !== 'stop') process.stdout.write(`stopping on ${reason}\n`);
  return shutDown(supervisor, gateway, failure);
}

async function announceWhenReady(gatewayUrl: string, upstreams: Record<string, string>, failed: () => boolean): Promise<void> {
  await Promise.all(Object.values(upstreams).map((url) => waitUntilReady(`${url}/ready`, 120_000, failed)));
  const list = Object.entries(upstreams).map(([name, url]) => `${name} ${url}`);
  process.stdout.write(`ready: ${gatewayUrl} (docs ${gatewayUrl}/docs); ${list.join(', ')}\n`);
}

async function shutDown(supervisor: Supervisor, gateway: Gateway | undefined, failure: ChildExit | undefined): Promise<number> {
  if (failure) process.stderr.write(`error: ${failure.name} exited (${failure.signal ?? `code ${failure.code}`}); stopping the rest\n`);
  const closing = gateway?.close();
  const exits = await supervisor.stopAll(SHUTDOWN_GRACE_MS + 5_000);
  gateway?.closeAllConnections();
  await closing;
  const unclean = exits.filter((exit) => !stoppedCleanly(exit) && exit.name !== failure?.name);
  for (const exit of unclean) process.stderr.write(`error: ${exit.name} did not stop cleanly (${exit.signal ?? `code ${exit.code}`})\n`);
  return failure || unclean.length > 0 ? 1 : 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

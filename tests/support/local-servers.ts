import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { answers } from '@qaztech/platform';
import { CHROMIUM } from './browser';
import { freePort } from '../e2e/support/service-process';

const root = join(__dirname, '..', '..');

/** What the tests need from the system, and the Debian package that brings it. */
const REQUIREMENTS = [
  {
    what: 'redis-server (suites that kill and restart Redis, and the run’s own Redis)',
    package: 'redis-server',
    present: () => onPath('redis-server'),
  },
  { what: `Chromium at ${CHROMIUM} (the browser test)`, package: 'chromium', present: () => existsSync(CHROMIUM) },
  {
    what: "OpenSSL's GOST engine (the GOST signature tests)",
    package: 'libengine-gost-openssl',
    present: () => spawnSync('openssl', ['engine', 'gost'], { stdio: 'ignore' }).status === 0,
  },
] as const;

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

export type PackagePlan = { install: string[]; command: string } | { refuse: string };

/**
 * What to do about missing system packages: install them when the tests run as root on Debian,
 * anywhere else refuse with the exact command to run. Nothing is skipped for want of them.
 */
export function packagePlan(missing: readonly { what: string; package: string }[], isRoot: boolean, onDebian: boolean): PackagePlan | null {
  if (missing.length === 0) return null;
  const packages = missing.map((requirement) => requirement.package);
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (isRoot && onDebian) return { install: packages, command };
  return {
    refuse:
      `The tests need: ${missing.map((requirement) => requirement.what).join('; ')}.\n` +
      `Install it first, on Debian or Ubuntu: sudo apt-get update && sudo ${command}`,
  };
}

/** Installs what is missing, or stops the run at once with the command to run (`packagePlan`). */
export function ensureSystemPackages(): void {
  const plan = packagePlan(
    REQUIREMENTS.filter((requirement) => !requirement.present()),
    process.getuid?.() === 0,
    existsSync('/etc/debian_version'),
  );
  if (!plan) return;
  if ('refuse' in plan) throw new Error(plan.refuse);
  process.stderr.write(`The tests need ${plan.install.join(', ')}: installing (${plan.command})\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...plan.install], { stdio: 'inherit', env });
  const still = REQUIREMENTS.filter((requirement) => !requirement.present());
  if (still.length > 0) throw new Error(`Still missing after apt-get install: ${still.map((requirement) => requirement.what).join('; ')}`);
}

/** A server the run started for itself, to stop at its end. */
export interface OwnServer {
  url: string;
  stop(): Promise<void>;
}

const TEST_POSTGRES_DIR = join(root, '.local', 'test-postgres');

/**
 * With no TEST_DATABASE_BASE_URL and nothing answering on 127.0.0.1:5432, the embedded
 * PostgreSQL of `npm start`, with a data directory of the tests' own, on a free port.
 */
export async function providePostgres(): Promise<OwnServer | undefined> {
  if (process.env.TEST_DATABASE_BASE_URL || (await answers({ host: '127.0.0.1', port: 5432 }))) return undefined;
  const port = await freePort();
  const tool = join(root, 'dist', 'tools', 'embedded-postgres.js');
  const output = execFileSync(process.execPath, [tool, 'start', '--dir', TEST_POSTGRES_DIR, '--port', String(port)], { encoding: 'utf8' });
  const started = JSON.parse(output.trim().split('\n').at(-1)!) as { url: string; startupMs: number };
  process.stderr.write(
    `No PostgreSQL answers on 127.0.0.1:5432: the tests run on an embedded one (${started.url}, ${started.startupMs} ms)\n`,
  );
  return {
    url: `${started.url}/postgres`,
    stop: async () => {
      execFileSync(process.execPath, [tool, 'stop', '--dir', TEST_POSTGRES_DIR], { stdio: 'ignore' });
    },
  };
}

/** With no TEST_REDIS_URL and no Redis on 127.0.0.1:6379, a redis-server of the run's own. */
export async function provideRedis(): Promise<OwnServer | undefined> {
  if (process.env.TEST_REDIS_URL || (await answers({ host: '127.0.0.1', port: 6379 }))) return undefined;
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100 && !(await answers({ host: '127.0.0.1', port })); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.stderr.write(`No Redis answers on 127.0.0.1:6379: the tests run on a redis-server of their own (port ${port})\n`);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** The build the services and tools run from, brought up to date (only what changed is compiled). */
export function buildOnce(): void {
  execFileSync(process.execPath, [join(root, 'tools', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}

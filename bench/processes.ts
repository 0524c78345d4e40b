import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { progress } from './support';

/** Where the built files live: `npm run bench` compiles `bench/` next to the apps in `dist/`. */
export const DIST = join(__dirname, '..');

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TASKSET = hasTaskset();

/**
 * The Node options the production image starts the services with (its heap limit): the system
 * is measured as it is shipped. Read from the Dockerfile, so the two cannot drift apart.
 */
export const SHIPPED_NODE_OPTIONS = shippedNodeOptions();

function shippedNodeOptions(): string {
  const dockerfile = readFileSync(join(DIST, '..', 'Dockerfile'), 'utf8');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const options = /^ENV NODE_OPTIONS="([^"]*)"$/m.exec(runtime)?.[1];
  // A line in another shape would otherwise pass for "no options" and the figure would lie.
  if (options === undefined && runtime.includes('NODE_OPTIONS')) {
    throw new Error('The Dockerfile sets NODE_OPTIONS in a shape the benchmark cannot read: use ENV NODE_OPTIONS="..."');
  }
  return options ?? '';
}
/** The system and its baselines on core 0, the load generator on the last core. */
export const SYSTEM_CORE = 0;
export const LOAD_CORE = Math.max(1, cpus().length - 1);

export function pinningNote(): string {
  return TASKSET
    ? `system and baselines pinned to core ${SYSTEM_CORE}, load generator to core ${LOAD_CORE} (taskset); Postgres and Redis float; all share this machine`
    : 'taskset unavailable: system, load generator, Postgres and Redis share all cores of this machine';
}

/** A Node script from `dist/`, on the given core when `taskset` is there. */
export function spawnNode(
  core: number,
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  nodeFlags: readonly string[] = [],
): ChildProcess {
  const node = [process.execPath, ...nodeFlags, join(DIST, script), ...args];
  const [command, ...rest] = TASKSET ? ['taskset', '-c', String(core), ...node] : node;
  return spawn(command!, rest, { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last errors a process logged (JSON lines on its standard output), and how many. */
class LoggedErrors {
  count = 0;
  readonly last: string[] = [];
  private partialLine = '';

  take(chunk: Buffer): void {
    const lines = (this.partialLine + chunk.toString()).split('\n');
    this.partialLine = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"level":"error"')) continue;
      this.count += 1;
      this.last.push(line.slice(0, 2_000));
      if (this.last.length > 5) this.last.shift();
    }
  }
}

/** A server process of the benchmark: the system under test or a baseline. */
export class ServerProcess {
  private stderr = '';

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly readyMs: number,
    private readonly errors: LoggedErrors,
  ) {}

  /** Starts `script` and waits until `readyPath` answers 200; the time to that is its start-up. */
  static async start(name: string, script: string, env: NodeJS.ProcessEnv, readyPath: string): Promise<ServerProcess> {
    const port = await freePort();
    const started = performance.now();
    // Node refuses --cpu-prof in NODE_OPTIONS, so profiling the system under a load is a setting here.
    const profileDirectory = process.env.BENCH_CPU_PROF_DIR;
    const flags = profileDirectory ? ['--cpu-prof', `--cpu-prof-dir=${profileDirectory}`] : [];
    const child = spawnNode(SYSTEM_CORE, script, [], { ...env, PORT: String(port), HOST: '127.0.0.1' }, flags);
    const baseUrl = `http://127.0.0.1:${port}`;
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    // Its errors (a 500's cause among them) are told when it stops: a failed load explains itself.
    const errors = new LoggedErrors();
    child.stdout?.on('data', (chunk: Buffer) => errors.take(chunk));
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready:\n${output}`);
      if (performance.now() - started > 60_000) throw new Error(`${name} was not ready in 60 s:\n${output}`);
      const ok = await fetch(`${baseUrl}${readyPath}`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      await sleep(20);
    }
    const server = new ServerProcess(name, child, baseUrl, performance.now() - started, errors);
    child.stderr?.on('data', (chunk: Buffer) => (server.stderr = (server.stderr + chunk.toString()).slice(-4000)));
    progress(`${name}: ready in ${server.readyMs.toFixed(0)} ms (pid ${child.pid})`);
    return server;
  }

  /** Resident memory of the server (the node process itself, not taskset). */
  rssBytes(): number {
    const pid = this.nodePid();
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) * 1024 : Number.NaN;
    } catch {
      return Number.NaN;
    }
  }

  /** Samples RSS every 100 ms until the returned function is called; that returns the peak. */
  watchRss(): () => number {
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, this.rssBytes() || 0)), 100);
    return () => {
      clearInterval(timer);
      return Math.max(peak, this.rssBytes() || 0);
    };
  }

  private nodePid(): number {
    // Under taskset the child execs node in place, so the pid is the same process.
    return this.child.pid!;
  }

  async stop(): Promise<void> {
    if (this.errors.count > 0) progress(`${this.name}: logged ${this.errors.count} error(s), the last:\n${this.errors.last.join('\n')}`);
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timeout = sleep(15_000).then(() => 'timeout');
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      progress(`${this.name}: no exit 15 s after SIGTERM, killing it\n${this.stderr}`);
      this.child.kill('SIGKILL');
      await exited;
    }
  }
}

/** Runs a child to completion and returns what it printed on stdout as JSON. */
export async function runJsonChild<T>(core: number, script: string, input: unknown, env?: NodeJS.ProcessEnv): Promise<T> {
  const child = spawnNode(core, script, [JSON.stringify(input)], env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}:\n${stderr}`);
  return JSON.parse(stdout) as T;
}

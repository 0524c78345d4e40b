import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/**
 * Builds `dist/` once per test run, as `npm run build` does: the services run as the deployment
 * runs them, from the build. The run's scratch directory remembers that it is done.
 */
export function ensureBuilt(): void {
  const marker = join(dirname(process.env.STORAGE_DIR ?? join(root, 'var', 'storage')), 'dist-built');
  if (existsSync(marker)) return;
  execFileSync(process.execPath, [join(root, 'tools', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, new Date().toISOString());
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

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One service as its own process, on the test run's database and Redis prefix. */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<Exit> | undefined;
  private env: Record<string, string> = {};
  output = '';

  private constructor(
    readonly service: string,
    readonly port: number,
  ) {}

  static async start(service: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
    ensureBuilt();
    const started = new ServiceProcess(service, await freePort());
    started.spawn(env);
    await started.waitUntilReady();
    return started;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The process id, for tests that signal it. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the service again, on the same port and with the same environment, after it ended. */
  async restart(): Promise<void> {
    this.spawn(this.env);
    await this.waitUntilReady();
  }

  private spawn(env: Record<string, string>): void {
    this.env = env;
    const child = spawn(process.execPath, [join(root, 'dist', 'apps', this.service, 'src', 'main.js')], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(this.port), MIGRATE_ON_START: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    this.child = child;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`${this.service} exited while starting:\n${this.output.slice(-3000)}`);
      const ready = await fetch(`${this.url}/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.service} was not ready within 60 s:\n${this.output.slice(-3000)}`);
  }

  /** Sends the signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited!;
  }

  /** The JSON log lines the service wrote. */
  logLines(): Record<string, unknown>[] {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

/** Stops every process still running, e.g. after a failed test. */
export async function stopAll(processes: readonly (ServiceProcess | undefined)[]): Promise<void> {
  await Promise.all(processes.flatMap((service) => (service ? [service.stop('SIGTERM')] : [])));
}

import { ChildProcess, spawn } from 'node:child_process';

export interface ChildSpec {
  name: string;
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
}

export interface ChildExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the services as child processes and stops them together. A child that exits while the
 * supervisor is not stopping is reported, so the caller can stop the rest and fail.
 */
export class Supervisor {
  private readonly children = new Map<string, { process: ChildProcess; exited: Promise<ChildExit> }>();
  private stopping = false;

  constructor(private readonly onUnexpectedExit: (exit: ChildExit) => void) {}

  start(spec: ChildSpec): void {
    const child = spawn(spec.command, spec.args, { env: spec.env, stdio: ['ignore', 'inherit', 'inherit'] });
    const exited = new Promise<ChildExit>((resolve) => {
      child.once('exit', (code, signal) => resolve({ name: spec.name, code, signal }));
      child.once('error', () => resolve({ name: spec.name, code: 127, signal: null }));
    });
    void exited.then((exit) => {
      if (!this.stopping) this.onUnexpectedExit(exit);
    });
    this.children.set(spec.name, { process: child, exited });
  }

  /** SIGTERM to every child, SIGKILL to those still running after `graceMs`; returns how each ended. */
  async stopAll(graceMs: number): Promise<ChildExit[]> {
    this.stopping = true;
    const entries = [...this.children.values()];
    for (const { process } of entries) if (process.exitCode === null && process.signalCode === null) process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const { process } of entries) if (process.exitCode === null && process.signalCode === null) process.kill('SIGKILL');
    }, graceMs);
    try {
      return await Promise.all(entries.map((entry) => entry.exited));
    } finally {
      clearTimeout(killer);
    }
  }
}

/** A child stopped cleanly: exit 0, or the stop signal itself when it had no handler yet (still booting). */
export function stoppedCleanly(exit: ChildExit): boolean {
  return exit.code === 0 || exit.signal === 'SIGTERM' || exit.signal === 'SIGINT';
}

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent while a figure was measured, by the process under test and by the servers it
 * leans on, read from /proc. Beside a throughput it tells where the time went: a system that
 * spends three times its baseline's CPU per request on a saturated core cannot reach 0.7 × its
 * rate, whatever the latency of any one call.
 */
export interface CpuSpent {
  /** Milliseconds of CPU, user and system, of the measured process and its threads. */
  process: number;
  postgres: number;
  redis: number;
}

const TICKS_PER_SECOND = ticksPerSecond();
const SERVERS = { postgres: 'postgres', redis: 'redis-server' } as const;

function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** utime + stime of one process, in ticks; undefined when it is gone or /proc is not there. */
function processTicks(pid: number | string): { name: string; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces; the fields after it are space-separated.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { name, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** CPU ticks of every process of each server, by pid: a backend that ends takes its ticks with it. */
function serverTicks(): Record<keyof typeof SERVERS, Map<string, number>> {
  const found = { postgres: new Map<string, number>(), redis: new Map<string, number>() };
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return found;
  }
  for (const pid of pids) {
    const process = processTicks(pid);
    if (!process) continue;
    for (const [server, name] of Object.entries(SERVERS) as [keyof typeof SERVERS, string][]) {
      if (process.name.startsWith(name)) found[server].set(pid, process.ticks);
    }
  }
  return found;
}

function ticksSince(before: Map<string, number>, after: Map<string, number>): number {
  let ticks = 0;
  // Processes that started during the measurement count from zero.
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks;
}

/** Starts counting; the returned function stops and answers the CPU spent since, in milliseconds. */
export function startCpuCount(pid: number | undefined): () => CpuSpent | undefined {
  const processBefore = pid === undefined ? undefined : processTicks(pid);
  const serversBefore = serverTicks();
  return () => {
    const processAfter = pid === undefined ? undefined : processTicks(pid);
    const serversAfter = serverTicks();
    if (pid !== undefined && (!processBefore || !processAfter)) return undefined;
    const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
    return {
      process: ms((processAfter?.ticks ?? 0) - (processBefore?.ticks ?? 0)),
      postgres: ms(ticksSince(serversBefore.postgres, serversAfter.postgres)),
      redis: ms(ticksSince(serversBefore.redis, serversAfter.redis)),
    };
  };
}

/** CPU spent per operation. */
export function perOperation(spent: CpuSpent, operations: number): CpuSpent {
  const each = (ms: number) => (operations > 0 ? ms / operations : Number.NaN);
  return { process: each(spent.process), postgres: each(spent.postgres), redis: each(spent.redis) };
}

export function describeCpu(spent: CpuSpent | undefined): string {
  if (!spent) return 'CPU not measured';
  const total = spent.process + spent.postgres + spent.redis;
  return `${total.toFixed(2)} ms CPU (process ${spent.process.toFixed(2)}, Postgres ${spent.postgres.toFixed(2)}, Redis ${spent.redis.toFixed(2)})`;
}

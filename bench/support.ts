import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CpuSpent } from './cpu';

/** One line of the results table: a figure, its same-run baseline, and what we aim for. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  aim: string;
  met: boolean;
  /** CPU spent per operation by the system and by its baseline, where it was counted. */
  cpu?: { per: string; system?: CpuSpent; baseline?: CpuSpent };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function sortNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Progress on standard error, so the table on standard output stays clean. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const format = (value: number): string =>
  Number.isFinite(value) ? (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3)) : String(value);

function columns(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.name,
    `${format(figure.value)} ${figure.unit}`,
    figure.baseline ? `${format(figure.baseline.value)} ${figure.unit} (${figure.baseline.name})` : '—',
    figure.baseline && figure.baseline.value > 0 ? `${(figure.value / figure.baseline.value).toFixed(2)}×` : '—',
    figure.aim,
    figure.met ? 'met' : 'NOT MET',
  ]);
  return columns(['figure', 'value', 'baseline (same run)', 'ratio', 'aim', ''], rows);
}

const cpuCell = (spent: CpuSpent | undefined): string =>
  spent
    ? `${(spent.process + spent.postgres + spent.redis).toFixed(2)} = ${spent.process.toFixed(2)} + ${spent.postgres.toFixed(2)} + ${spent.redis.toFixed(2)}`
    : '—';

/**
 * Where the time went: milliseconds of CPU per operation, as total = the process + Postgres +
 * Redis, for the system and its baseline; their ratio says how far apart the two can be on a
 * saturated machine, whatever the latency of any one call.
 */
export function renderCpuTable(figures: readonly Figure[]): string {
  const rows = figures
    .filter((figure) => figure.cpu?.system)
    .map((figure) => {
      const { per, system, baseline } = figure.cpu!;
      const total = (spent: CpuSpent) => spent.process + spent.postgres + spent.redis;
      return [
        figure.name.replace(/ \(.*$/, ''),
        per,
        cpuCell(system),
        cpuCell(baseline),
        baseline && system ? `${(total(system) / total(baseline)).toFixed(2)}×` : '—',
      ];
    });
  if (rows.length === 0) return '';
  return columns(['CPU ms per operation', 'operation', 'system = process + Postgres + Redis', 'baseline', 'system ÷ baseline'], rows);
}

function quiet(command: string): string {
  try {
    return execSync(command, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/** What the figures were measured on: without it a number means nothing a month later. */
export function machine(postgresVersion: string, redisVersion: string): Record<string, unknown> {
  return {
    commit: quiet('git rev-parse HEAD'),
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: postgresVersion,
    redis: redisVersion,
    // How busy the machine was with other work when the run ended: 1, 5 and 15 minute averages.
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

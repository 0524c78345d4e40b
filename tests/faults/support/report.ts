import { Cluster } from './cluster';
import { FaultInjector, FaultKind } from './faults';
import { ledgerAgainstOutboxes } from './invariants';
import { Traffic } from './traffic';

export interface Figures {
  requests: number;
  decided: number;
  abandonedClaims: number;
  events: Record<string, number>;
  losses: number;
  duplicates: number;
  retriedCalls: number;
  faults: Record<FaultKind, number>;
  recoveries: { kind: string; target: string; detail: string; recoveredInMs: number | null }[];
  runMs: number;
}

/** The run in numbers, printed and returned for the record. */
export async function report(cluster: Cluster, faults: FaultInjector, traffic: Traffic, runMs: number): Promise<Figures> {
  const counts = await ledgerAgainstOutboxes(cluster.dataSource);
  const byKind = { redis_wiped: 0, db_sessions_terminated: 0, service_killed: 0, job_duplicated: 0, subscriber_down: 0 };
  for (const fault of faults.log) byKind[fault.kind] += 1;
  const figures: Figures = {
    requests: traffic.screened.length + traffic.decided.length,
    decided: traffic.decided.length,
    abandonedClaims: traffic.abandonedTasks.length,
    events: Object.fromEntries(counts.map((source) => [source.source, source.events])),
    losses: counts.reduce((sum, source) => sum + source.missing, 0),
    duplicates: counts.reduce((sum, source) => sum + source.duplicates, 0),
    retriedCalls: cluster.retriedCalls,
    faults: byKind,
    recoveries: faults.log.map((fault) => ({ ...fault, recoveredInMs: fault.recoveredInMs ?? null })),
    runMs,
  };
  const lines = [
    `faults suite: ${figures.requests} requests (${figures.decided} decided and published), ${figures.abandonedClaims} claims left to expire`,
    `events: ${Object.entries(figures.events)
      .map(([source, n]) => `${source} ${n}`)
      .join(', ')}; lost ${figures.losses}, doubled ${figures.duplicates}`,
    `faults: ${Object.entries(byKind)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}; client calls retried ${figures.retriedCalls}`,
    ...figures.recoveries.map(
      (fault) => `  ${fault.kind} ${fault.target} (${fault.detail}): recovered in ${fault.recoveredInMs ?? '—'} ms`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return figures;
}

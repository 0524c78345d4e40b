/** An inbox row as the integrator sees it when choosing what to append next. */
export interface WaitingEvent {
  arrival: number;
  source: string;
  sequence: number;
}

/**
 * Chooses what the log takes next: for each source only the run that continues its sequence
 * without a hole (an event after a hole waits until the hole is filled, so the log never holds
 * a source's events out of order), merged across sources by arrival.
 *
 * `waiting` holds each source's waiting events in sequence order.
 */
export function nextBatch<T extends WaitingEvent>(
  waiting: ReadonlyMap<string, readonly T[]>,
  integratedThrough: ReadonlyMap<string, number>,
  limit: number,
): T[] {
  const runs: T[][] = [];
  for (const [source, events] of waiting) {
    const run: T[] = [];
    let expected = (integratedThrough.get(source) ?? 0) + 1;
    for (const event of events) {
      // Already in the log: a redelivery that raced the append it duplicates.
      if (event.sequence < expected) continue;
      if (event.sequence !== expected) break;
      run.push(event);
      expected += 1;
    }
    if (run.length > 0) runs.push(run);
  }
  return mergeByArrival(runs, limit);
}

/**
 * Merges runs keeping each run's own order: of the runs' first events, the earliest to arrive
 * goes next. A redelivered event arrives late but still precedes its successors.
 */
function mergeByArrival<T extends WaitingEvent>(runs: T[][], limit: number): T[] {
  const positions = runs.map(() => 0);
  const merged: T[] = [];
  while (merged.length < limit) {
    let best = -1;
    for (let run = 0; run < runs.length; run += 1) {
      const candidate = runs[run]?.[positions[run] ?? 0];
      if (candidate === undefined) continue;
      const current = best >= 0 ? runs[best]?.[positions[best] ?? 0] : undefined;
      if (current === undefined || candidate.arrival < current.arrival) best = run;
    }
    if (best < 0) break;
    merged.push(runs[best]![positions[best]!]!);
    positions[best]! += 1;
  }
  return merged;
}

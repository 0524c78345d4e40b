import { CpuSpent, describeCpu, perOperation, startCpuCount } from './cpu';
import { LoadResult, LoadSpec } from './load';
import { LOAD_CORE, runJsonChild, ServerProcess } from './processes';
import { Figure, progress } from './support';
import { BenchContext } from './context';
import { settle } from './flow.bench';

export interface HttpBenchSizes {
  seconds: number;
  warmupSeconds: number;
  connections: readonly number[];
}

export const HTTP_FULL: HttpBenchSizes = { seconds: 15, warmupSeconds: 3, connections: [10, 50] };
export const HTTP_QUICK: HttpBenchSizes = { seconds: 2, warmupSeconds: 1, connections: [10] };

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const result = await runJsonChild<LoadResult>(LOAD_CORE, 'bench/load.js', spec);
  // A refused request means the benchmark drives the system wrong: its figures would mean nothing.
  if (result.non2xx > 0) {
    const statuses = Object.entries(result.statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(', ');
    throw new Error(`load on ${spec.baseUrl}: ${result.non2xx} non-2xx answers of ${result.requests} (${statuses})`);
  }
  if (result.errors > 0) progress(`load on ${spec.baseUrl}: ${result.errors} timeouts or connection errors of ${result.requests}`);
  return result;
}

/** A load's result with the CPU the server, Postgres and Redis spent on it. */
export interface MeasuredLoad extends LoadResult {
  /** From the load's start until everything it set off is done, so the work it caused counts. */
  cpu?: CpuSpent;
}

const describe = (result: MeasuredLoad, perSequence = 1): string =>
  `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms (${result.requests} requests), ` +
  `per ${perSequence === 2 ? 'create + submit' : 'request'} ${describeCpu(result.cpu && perOperation(result.cpu, result.requests / perSequence))}`;

/**
 * A load on a settled system: nothing left over from the load before (the system's own, or the
 * work it set off) runs during it. With `server`, the CPU it spent is counted until it settles again.
 */
export async function settledLoad(context: BenchContext, spec: LoadSpec, server?: ServerProcess): Promise<MeasuredLoad> {
  await settle(context);
  const stopCounting = server ? startCpuCount(server.child.pid) : undefined;
  const result = await load(spec);
  if (!stopCounting) return result;
  await settle(context);
  return { ...result, cpu: stopCounting() };
}

interface Side {
  spec: LoadSpec;
  server: ServerProcess;
}

interface Pair {
  system: MeasuredLoad;
  baseline: MeasuredLoad;
}

/** The system and its baseline under the same load, one after the other, in the same run. */
async function pair(context: BenchContext, label: string, system: Side, baseline: Side, perSequence = 1): Promise<Pair> {
  const measured = {
    system: await settledLoad(context, system.spec, system.server),
    baseline: await settledLoad(context, baseline.spec, baseline.server),
  };
  progress(`${label}: system ${describe(measured.system, perSequence)}; baseline ${describe(measured.baseline, perSequence)}`);
  return measured;
}

function ratioFigure(name: string, measured: Pair, perSequence: number, baselineName: string, aimRatio: number): Figure {
  const value = measured.system.requestsPerSecond / perSequence;
  const baseline = measured.baseline.requestsPerSecond / perSequence;
  const cpuPer = (result: MeasuredLoad) => result.cpu && perOperation(result.cpu, result.requests / perSequence);
  return {
    name: `${name} (p99 ${measured.system.p99} ms vs ${measured.baseline.p99} ms)`,
    value,
    unit: perSequence === 2 ? 'requests/s' : 'req/s',
    baseline: { name: baselineName, value: baseline },
    aim: `≥ ${aimRatio} × baseline`,
    met: value >= aimRatio * baseline,
    cpu: { per: perSequence === 2 ? 'create + submit' : 'request', system: cpuPer(measured.system), baseline: cpuPer(measured.baseline) },
  };
}

export interface HttpFigures {
  figures: Figure[];
  peakRssBytes: number;
}

/** Create + submit, at each connection count, then at half the best rate for its latency. */
async function submitFigures(context: BenchContext, system: ServerProcess, baseline: ServerProcess, sizes: HttpBenchSizes) {
  const body = context.requestBody();
  const spec = (server: ServerProcess, createPath: string, connections: number, seconds: number, overallRate?: number): LoadSpec => ({
    baseUrl: server.baseUrl,
    connections,
    durationSeconds: seconds,
    overallRate,
    token: context.signatoryToken,
    createSubmit: { createPath, body },
  });
  progress('create + submit: warming up');
  await load(spec(system, '/requests', 10, sizes.warmupSeconds));
  await load(spec(baseline, '/bare/requests', 10, sizes.warmupSeconds));
  const figures: Figure[] = [];
  let best = 0;
  for (const connections of sizes.connections) {
    const measured = await pair(
      context,
      `create + submit, ${connections} connections`,
      { spec: spec(system, '/requests', connections, sizes.seconds), server: system },
      { spec: spec(baseline, '/bare/requests', connections, sizes.seconds), server: baseline },
      2,
    );
    best = Math.max(best, measured.system.requestsPerSecond);
    figures.push(ratioFigure(`create + submit, ${connections} conn.`, measured, 2, 'bare Nest + pg', 0.6));
  }
  const half = Math.max(2, Math.floor(best / 2));
  const steady = await settledLoad(context, spec(system, '/requests', 10, sizes.seconds, half), system);
  progress(`create + submit at ${half} req/s: ${describe(steady, 2)}`);
  figures.push({
    name: `create + submit p99 at half the max rate (${(half / 2).toFixed(0)} requests/s; p50 ${steady.p50} ms)`,
    value: steady.p99,
    unit: 'ms',
    aim: '< 50 ms',
    met: steady.p99 < 50,
  });
  return figures;
}

async function readFigures(context: BenchContext, system: ServerProcess, baseline: ServerProcess, sizes: HttpBenchSizes) {
  const ids = await context.requestIds(1_000);
  const figures: Figure[] = [];
  const spec = (server: ServerProcess, paths: string[], connections: number): LoadSpec => ({
    baseUrl: server.baseUrl,
    connections,
    durationSeconds: sizes.seconds,
    token: context.signatoryToken,
    paths,
  });
  for (const connections of sizes.connections) {
    const one = await pair(
      context,
      `get a request by id, ${connections} connections`,
      {
        spec: spec(
          system,
          ids.map((id) => `/requests/${id}`),
          connections,
        ),
        server: system,
      },
      {
        spec: spec(
          baseline,
          ids.map((id) => `/bare/requests/${id}`),
          connections,
        ),
        server: baseline,
      },
    );
    figures.push(ratioFigure(`GET /requests/:id, ${connections} conn.`, one, 1, 'bare Nest, one SELECT', 0.7));
    const list = await pair(
      context,
      `list an agency's requests, ${connections} connections`,
      { spec: spec(system, ['/requests?limit=20'], connections), server: system },
      { spec: spec(baseline, ['/bare/requests?limit=20'], connections), server: baseline },
    );
    figures.push(
      ratioFigure(`GET /requests (20 of ${context.agencyRequests()}), ${connections} conn.`, list, 1, 'bare Nest, one SELECT', 0.7),
    );
  }
  return figures;
}

export async function benchHttp(context: BenchContext, system: ServerProcess, sizes: HttpBenchSizes): Promise<HttpFigures> {
  const baseline = await ServerProcess.start('baseline (bare Nest + pg)', 'bench/baseline-app.js', context.env(), '/bare/ready');
  try {
    const stopWatching = system.watchRss();
    const figures = await submitFigures(context, system, baseline, sizes);
    const peakRssBytes = stopWatching();
    await settle(context);
    figures.push(...(await readFigures(context, system, baseline, sizes)));
    return { figures, peakRssBytes };
  } finally {
    await baseline.stop();
  }
}

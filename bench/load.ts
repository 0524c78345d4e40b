import autocannon, { Request } from 'autocannon';

/**
 * The load generator, a process of its own (on its own core where possible), so that the
 * latencies it measures are not its own event loop's queueing. It reads one LoadSpec as its
 * argument and prints one LoadResult as JSON on stdout.
 */
export interface LoadSpec {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; absent: as fast as the server answers. */
  overallRate?: number;
  token?: string;
  /** POST `createPath` with `body`, then POST `{createPath}/{id}/submit`: one sequence. */
  createSubmit?: { createPath: string; body: unknown };
  /** GET these paths in turn. */
  paths?: string[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Answers by HTTP status, so that a refused load says what refused it. */
  statuses: Record<string, number>;
  errors: number;
}

function createSubmitRequests(spec: NonNullable<LoadSpec['createSubmit']>): Request[] {
  return [
    {
      method: 'POST',
      path: spec.createPath,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec.body),
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        context.id = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
      },
    },
    {
      method: 'POST',
      setupRequest: (request: Request, context: Record<string, unknown>) =>
        ({ ...request, path: `${spec.createPath}/${String(context.id)}/submit` }) as Request,
    },
  ] as Request[];
}

function pathRequests(paths: readonly string[]): Request[] {
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request: Request) => ({ ...request, path: paths[next++ % paths.length]! }) as Request,
    },
  ] as Request[];
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
  const requests = spec.createSubmit ? createSubmitRequests(spec.createSubmit) : pathRequests(spec.paths ?? ['/health']);
  const result = await autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    duration: spec.durationSeconds,
    overallRate: spec.overallRate,
    headers: spec.token ? { authorization: `Bearer ${spec.token}` } : {},
    requests,
    timeout: 10,
  });
  const seconds = result.duration;
  const output: LoadResult = {
    requests: result.requests.total,
    seconds,
    requestsPerSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0])),
    errors: result.errors + result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BenchContext } from './context';
import { commitToCheckpoint, delivery, settle, FLOW_FULL, FLOW_QUICK, FlowBenchSizes } from './flow.bench';
import { benchHttp, HTTP_FULL, HTTP_QUICK, HttpBenchSizes } from './http.bench';
import { benchLedger, FULL, LedgerBenchSizes, ledgerReads, QUICK } from './ledger.bench';
import { benchOverlap, OVERLAP_FULL, OVERLAP_QUICK, OverlapBenchSizes } from './overlap.bench';
import { pinningNote, ServerProcess, SHIPPED_NODE_OPTIONS } from './processes';
import { benchRegister, REGISTER_FULL, REGISTER_QUICK, RegisterBenchSizes } from './register.bench';
import { embeddedStartupFigures, queueBackendFigures, QUEUES_FULL, QUEUES_QUICK, QueueBenchSizes } from './queues.bench';
import { Figure, machine, progress, renderCpuTable, renderTable, sortNumbers } from './support';
import { BenchSystem } from './system';

const HELP = `Benchmarks of QazTech Exemptions, each figure beside a baseline measured in the same run.

Usage: npm run bench [-- [--quick] [--only GROUP[,GROUP...]]]

  --quick        small sizes, about a minute: a smoke run, its figures are indicative only
  --only GROUPS  measure only these groups, to check one fix without the whole run:
                 integration, verification, http, register, checkpoint, reads, delivery,
                 queues (delivery and create + submit on Redis and on PostgreSQL), embedded,
                 overlap (the overlap report's precision and recall on the labelled set in
                 tests/overlap-evaluation, and its speed on 10,000 systems and 5,000 requests)

With BENCH_CPU_PROF_DIR set, the system under test and the baselines write CPU profiles there
(one .cpuprofile per process, on exit) for Chrome DevTools or speedscope.

Prints one table on standard output and progress on standard error; writes the figures as JSON
under bench/results/. Needs PostgreSQL and Redis (DATABASE_URL's server, REDIS_URL); creates a
database of its own and removes it afterwards. The system under test runs as the built
standalone process, the load generator as another.
`;

const GROUPS = [
  'integration',
  'verification',
  'http',
  'register',
  'checkpoint',
  'reads',
  'delivery',
  'queues',
  'embedded',
  'overlap',
] as const;
type Group = (typeof GROUPS)[number];

interface Sizes {
  ledger: LedgerBenchSizes;
  http: HttpBenchSizes;
  flow: FlowBenchSizes;
  register: RegisterBenchSizes;
  queues: QueueBenchSizes;
  overlap: OverlapBenchSizes;
}

const MEBIBYTE = 2 ** 20;

const STARTS = 3;

/**
 * Start-up of the standalone process, from spawning it to `/ready`: the median of a few starts,
 * each stopped again, taken first in the run, before the bulk loads: those leave gigabytes for
 * Postgres and the kernel to write back, which would land on whichever start came next (starts
 * of 2.5 to 4 s right after the million-entry ledger, 2.5 to 2.7 s before it).
 */
async function startupFigure(context: BenchContext): Promise<Figure> {
  await context.pool.query('CHECKPOINT');
  const times: number[] = [];
  for (let start = 0; start < STARTS; start += 1) {
    const server = await ServerProcess.start('standalone (start-up)', 'apps/standalone/src/main.js', shippedEnv(context), '/ready');
    times.push(server.readyMs);
    await server.stop();
  }
  const median = sortNumbers(times)[Math.floor(STARTS / 2)]!;
  return {
    name: `standalone start-up to /ready (median of ${STARTS}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    value: median,
    unit: 'ms',
    aim: '< 3,000 ms',
    met: median < 3_000,
  };
}

/** The standalone process's environment, with the Node options of the production image. */
function shippedEnv(context: BenchContext): NodeJS.ProcessEnv {
  return SHIPPED_NODE_OPTIONS ? { ...context.env(), NODE_OPTIONS: SHIPPED_NODE_OPTIONS } : context.env();
}

/** Memory of the standalone process, measured while it served the submit load. */
function memoryFigure(peakRssBytes: number): Figure {
  return {
    name: `standalone peak RSS under the submit load (${SHIPPED_NODE_OPTIONS || 'V8 default heap limit'}, as the image runs it)`,
    value: peakRssBytes / MEBIBYTE,
    unit: 'MiB',
    aim: '< 300 MiB',
    met: peakRssBytes < 300 * MEBIBYTE,
  };
}

/** Everything measured against the standalone process over HTTP or through its queues. */
async function benchProcess(context: BenchContext, sizes: Sizes, groups: ReadonlySet<Group>, startup?: Figure): Promise<Figure[]> {
  const figures: Figure[] = startup ? [startup] : [];
  const server = await ServerProcess.start('standalone', 'apps/standalone/src/main.js', shippedEnv(context), '/ready');
  try {
    if (groups.has('http')) {
      const http = await benchHttp(context, server, sizes.http);
      figures.push(...http.figures, memoryFigure(http.peakRssBytes));
    }
    if (groups.has('register')) figures.push(...(await benchRegister(context, server, sizes.register)));
    if (groups.has('checkpoint')) {
      await settle(context);
      figures.push(await commitToCheckpoint(context, sizes.flow));
    }
    if (groups.has('reads')) {
      await settle(context);
      figures.push(...(await ledgerReads(context, server, sizes.ledger)));
    }
    if (groups.has('delivery')) {
      await settle(context);
      figures.push(await delivery(context, sizes.flow, server));
    }
    return figures;
  } finally {
    await server.stop();
  }
}

async function bench(context: BenchContext, sizes: Sizes, groups: ReadonlySet<Group>): Promise<Figure[]> {
  const startup = groups.has('http') ? await startupFigure(context) : undefined;
  const figures: Figure[] = [];
  if (groups.has('overlap')) figures.push(...(await benchOverlap(context, sizes.overlap)));
  if (groups.has('integration') || groups.has('verification') || groups.has('reads')) {
    const system = await BenchSystem.start(context);
    try {
      figures.push(
        ...(await benchLedger(system, sizes.ledger, {
          integration: groups.has('integration'),
          verification: groups.has('verification'),
          reads: groups.has('reads'),
        })),
      );
    } finally {
      await system.stop();
    }
  }
  const inProcess: Group[] = ['http', 'register', 'checkpoint', 'reads', 'delivery'];
  if (inProcess.some((group) => groups.has(group))) figures.push(...(await benchProcess(context, sizes, groups, startup)));
  if (groups.has('queues')) figures.push(...(await queueBackendFigures(sizes.queues)));
  if (groups.has('embedded')) figures.push(...(await embeddedStartupFigures()));
  return figures;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`error: ${parsed}\n\n${HELP}`);
    return 2;
  }
  const { groups } = parsed;
  const quick = argv.includes('--quick');
  const sizes: Sizes = quick
    ? { ledger: QUICK, http: HTTP_QUICK, flow: FLOW_QUICK, register: REGISTER_QUICK, queues: QUEUES_QUICK, overlap: OVERLAP_QUICK }
    : { ledger: FULL, http: HTTP_FULL, flow: FLOW_FULL, register: REGISTER_FULL, queues: QUEUES_FULL, overlap: OVERLAP_FULL };
  progress(
    `${pinningNote()}; load average before the run ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  );
  const context = await BenchContext.create();
  let figures: Figure[];
  let versions: { postgres: string; redis: string };
  try {
    versions = await context.versions();
    figures = await bench(context, sizes, groups);
  } finally {
    await context.cleanup();
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const cpuTable = renderCpuTable(figures);
  process.stdout.write(
    `\n${renderTable(figures)}\n\n${cpuTable ? `${cpuTable}\n\n` : ''}${pinningNote()}; load average at the end ${load} (1, 5, 15 min).\n`,
  );
  const results = {
    at: new Date().toISOString(),
    quick,
    groups: [...groups],
    machine: { ...machine(versions.postgres, versions.redis), note: pinningNote() },
    figures,
  };
  const directory = join(process.cwd(), 'bench', 'results');
  await mkdir(directory, { recursive: true });
  const file = join(directory, `bench-${results.at.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  progress(`figures written to ${file}`);
  return 0;
}

/** The selected groups, or what is wrong with the arguments. */
function parseArguments(argv: readonly string[]): { groups: ReadonlySet<Group> } | string {
  let groups: ReadonlySet<Group> = new Set(GROUPS);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--quick') continue;
    if (argument !== '--only') return `unknown argument ${argument}`;
    const names = (argv[index + 1] ?? '').split(',').filter((name) => name !== '');
    const unknown = names.filter((name) => !(GROUPS as readonly string[]).includes(name));
    if (names.length === 0 || unknown.length > 0) return `--only takes groups among ${GROUPS.join(', ')}; got "${argv[index + 1] ?? ''}"`;
    groups = new Set(names as Group[]);
    index += 1;
  }
  return { groups };
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

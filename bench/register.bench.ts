import { generateKeyPairSync, sign } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BenchContext } from './context';
import { perOperation } from './cpu';
import { load, MeasuredLoad, settledLoad } from './http.bench';
import { LoadSpec } from './load';
import { ServerProcess } from './processes';
import { Figure, progress } from './support';

export interface RegisterBenchSizes {
  decisions: number;
  seconds: number;
  warmupSeconds: number;
  connections: readonly number[];
}

export const REGISTER_FULL: RegisterBenchSizes = { decisions: 100_000, seconds: 15, warmupSeconds: 3, connections: [10, 50] };
export const REGISTER_QUICK: RegisterBenchSizes = { decisions: 2_000, seconds: 2, warmupSeconds: 1, connections: [10] };

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');
const OUTCOMES = ['approved', 'approved_with_conditions', 'rejected'] as const;

/** Sorted keys, as the register signs records; enough for the plain records made here. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${sortedJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function decisionRecord(n: number, year: number) {
  const outcome = OUTCOMES[n % 3]!;
  const number = `QTX-D-${year}-${String(n).padStart(6, '0')}`;
  const decidedAt = new Date(Date.UTC(year, 0, 1) + n * 60_000).toISOString();
  return {
    recordNumber: number,
    kind: 'decision',
    correctionOf: null,
    decisionNumber: number,
    registrationNumber: `QTX-${year}-${String(n).padStart(6, '0')}`,
    applicant: { bin: '940140000385', nameKk: 'Цифрлық даму министрлігі', nameRu: 'Министерство цифрового развития' },
    system: { titleKk: `Есеп жүйесі № ${n}`, titleRu: `Система учёта сведений № ${n}`, titleEn: null },
    reasonCategories: ['state_secrets'],
    dataCategories: ['restricted_personal_data', 'dsp'],
    budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
    outcome,
    conditions:
      outcome === 'approved_with_conditions' ? [{ text: 'Пройти аттестацию ГТС', owner: 'Заявитель', dueDate: `${year + 1}-06-30` }] : [],
    validUntil: outcome === 'rejected' ? null : `${year + 3}-12-31`,
    meeting: { date: decidedAt.slice(0, 10), protocolNumber: `${n}/${year}` },
    texts: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.', en: null },
    signedBy: { name: 'Председатель Комиссии', position: 'Председатель Комиссии' },
    decidedAt,
    publishedAt: decidedAt,
  };
}

/**
 * Bulk-loads `count` published decisions into the register's real table, each a complete record
 * with a real EdDSA JWS over its sorted JSON (by a key of the benchmark's own: reads do not verify).
 */
async function loadDecisions(context: BenchContext, count: number): Promise<void> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const header = b64url(JSON.stringify({ alg: 'EdDSA', kid: 'bench' }));
  const year = new Date().getUTCFullYear();
  for (let from = 1; from <= count; from += 5_000) {
    const records = Array.from({ length: Math.min(5_000, count - from + 1) }, (_, offset) => decisionRecord(from + offset, year));
    const jws = records.map((record) => {
      const input = `${header}.${b64url(sortedJson(record))}`;
      return `${input}.${b64url(sign(null, Buffer.from(input), privateKey))}`;
    });
    await context.pool.query(
      `INSERT INTO registry.publications (id, sequence, record_number, kind, decision_id, decision_number, request_id, source_event_id,
                                          published_event_id, record, jws, kid, bin, outcome, decision_date, reason_categories,
                                          data_categories, published_at)
       SELECT gen_random_uuid(), $1::bigint + o - 1, r->>'recordNumber', 'decision', gen_random_uuid(), r->>'decisionNumber',
              gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), r, j, 'bench', r#>>'{applicant,bin}', r->>'outcome',
              (r->>'decidedAt')::timestamptz::date, ARRAY['state_secrets'], ARRAY['restricted_personal_data', 'dsp'],
              (r->>'publishedAt')::timestamptz
         FROM unnest($2::jsonb[], $3::text[]) WITH ORDINALITY AS t(r, j, o)`,
      [from, records.map((record) => JSON.stringify(record)), jws],
    );
  }
  await context.pool.query(`UPDATE registry.publication_counter SET last_sequence = $1`, [count]);
  await context.pool.query('ANALYZE registry.publications');
}

async function registerExists(context: BenchContext): Promise<boolean> {
  const { rows } = await context.pool.query(`SELECT to_regclass('registry.publications') IS NOT NULL AS present`);
  return (rows[0] as { present: boolean }).present;
}

const ROUTES = [
  { name: 'list', path: '/public/decisions', title: 'GET /public/decisions (20 newest)' },
  { name: 'feed', path: '/public/decisions.atom', title: 'GET /public/decisions.atom (50 newest)' },
];

function figure(title: string, system: MeasuredLoad, baseline: MeasuredLoad): Figure {
  const cpuPer = (result: MeasuredLoad) => result.cpu && perOperation(result.cpu, result.requests);
  return {
    cpu: { per: 'request', system: cpuPer(system), baseline: cpuPer(baseline) },
    name: `${title} (p99 ${system.p99} ms vs ${baseline.p99} ms)`,
    value: system.requestsPerSecond,
    unit: 'req/s',
    baseline: { name: 'bare Nest, same bytes from memory', value: baseline.requestsPerSecond },
    aim: '≥ 0.5 × baseline; p99 < 20 ms',
    met: system.requestsPerSecond >= 0.5 * baseline.requestsPerSecond && system.p99 < 20,
  };
}

/** The public register's list and feed over 100,000 published decisions, against the same bytes served from memory. */
export async function benchRegister(context: BenchContext, server: ServerProcess, sizes: RegisterBenchSizes): Promise<Figure[]> {
  if (!(await registerExists(context))) {
    progress('public register: not in this build, skipped');
    return [];
  }
  progress(`public register: loading ${sizes.decisions} published decisions`);
  await loadDecisions(context, sizes.decisions);
  const bodies: Record<string, string> = {};
  for (const route of ROUTES) {
    const response = await fetch(`${server.baseUrl}${route.path}`);
    if (!response.ok) throw new Error(`${route.path} answered ${response.status}`);
    bodies[route.name] = await response.text();
  }
  const file = join(context.scratchDir, 'register-bodies.json');
  await writeFile(file, JSON.stringify(bodies));
  const baseline = await ServerProcess.start(
    'baseline (bare Nest, from memory)',
    'bench/baseline-app.js',
    { ...context.env(), BENCH_STATIC_FILE: file },
    '/bare/ready',
  );
  try {
    const figures: Figure[] = [];
    const spec = (baseUrl: string, path: string, connections: number, durationSeconds = sizes.seconds): LoadSpec => ({
      baseUrl,
      connections,
      durationSeconds,
      paths: [path],
    });
    progress('public register: warming up');
    for (const route of ROUTES) {
      await load(spec(server.baseUrl, route.path, 10, sizes.warmupSeconds));
      await load(spec(baseline.baseUrl, `/bare/static/${route.name}`, 10, sizes.warmupSeconds));
    }
    for (const connections of sizes.connections) {
      for (const route of ROUTES) {
        const system = await settledLoad(context, spec(server.baseUrl, route.path, connections), server);
        const bare = await settledLoad(context, spec(baseline.baseUrl, `/bare/static/${route.name}`, connections), baseline);
        progress(
          `${route.path}, ${connections} connections: ${system.requestsPerSecond.toFixed(0)} vs ${bare.requestsPerSecond.toFixed(0)} req/s`,
        );
        figures.push(figure(`${route.title}, ${connections} conn., ${sizes.decisions} decisions`, system, bare));
      }
    }
    return figures;
  } finally {
    await baseline.stop();
  }
}

import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { CONTEXTS, eventQueueName } from '@qaztech/contracts';
import { Pool } from 'pg';
import {
  openQueue,
  QueueBackendKind,
  queueSettings,
  queueStoreTarget,
  dropDatabase,
  loadOrCreateDevKey,
  loadServiceConfiguration,
  migrateDatabase,
  mintDevToken,
  PlatformConfig,
  Role,
  whileRefused,
} from '@qaztech/platform';
import { ALL_CONTEXTS } from '../apps/standalone/src/standalone.module';
import { progress } from './support';

/** The benchmark's agency: every request it creates belongs to it. */
export const BENCH_AGENCY_BIN = '940140000385';

/**
 * What every part of a run shares: a database and a Redis prefix of its own (created for the
 * run, removed after it, so a benchmark never touches anyone's data), the environment every
 * process of the run gets, and tokens from the development issuer.
 */
export class BenchContext {
  private constructor(
    readonly config: PlatformConfig,
    readonly pool: Pool,
    readonly signatoryToken: string,
    readonly auditorToken: string,
    private readonly scratch: string,
    private created = 0,
  ) {}

  private queues: { backend: QueueBackendKind; connection: Redis; queues: Queue[] } | undefined;

  static async create(): Promise<BenchContext> {
    const runId = randomBytes(3).toString('hex');
    const scratch = join(tmpdir(), `qtx-bench-${runId}`);
    const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    base.pathname = `/qtx_bench_${runId}`;
    Object.assign(process.env, {
      NODE_ENV: 'development',
      DATABASE_URL: base.toString(),
      QUEUE_PREFIX: `qtx-bench-${runId}`,
      AUTH_DEV_ISSUER: 'true',
      AUTH_DEV_KEY_FILE: join(scratch, 'dev-issuer-key.json'),
      AUDIT_SIGNER_KEY_FILE: join(scratch, 'audit-signer-keys'),
      STORAGE_DIR: join(scratch, 'storage'),
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'false',
      // Submissions need no uploads here: the figure is the request path, not file storage.
      INTAKE_REQUIRED_ATTACHMENTS: ',',
      // The limiter still runs (its Redis round trip is part of every figure); its limits are
      // for protecting a deployment, and one benchmark user would meet them at once.
      RATE_LIMIT_PUBLIC: '1000000000',
      RATE_LIMIT_WRITE: '1000000000',
      BENCH_AGENCY_BIN,
    });
    // As a deployment does: every module's configuration checked, then migrated as the owner,
    // with each context's role granted its schema; the system then connects as those roles.
    const { platform: config, targets } = loadServiceConfiguration(ALL_CONTEXTS);
    progress(`database ${base.pathname.slice(1)}: creating and migrating`);
    // BullMQ's PostgreSQL schema too: the queue figures run the system on either backend.
    await migrateDatabase(config.DATABASE_URL, targets, queueStoreTarget({ ...config, QUEUE_BACKEND: 'postgres' }));
    const key = await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE);
    const token = (roles: Role[], agencyBin?: string) =>
      mintDevToken(key, { roles, agencyBin, name: 'Benchmark', issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE });
    const pool = new Pool({ connectionString: config.DATABASE_URL, max: 4 });
    return new BenchContext(config, pool, await token(['agency.signatory'], BENCH_AGENCY_BIN), await token(['auditor']), scratch);
  }

  /**
   * Runs `use` on a database, queue prefix and scratch folder of its own, removed afterwards, and
   * gives the run's environment back as it was: for a figure that must not inherit what the run
   * did before it.
   */
  static async withOwn<T>(use: (context: BenchContext) => Promise<T>): Promise<T> {
    const environment = { ...process.env };
    const context = await BenchContext.create();
    try {
      return await use(context);
    } finally {
      await context.cleanup();
      for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
      Object.assign(process.env, environment);
    }
  }

  /**
   * The environment of the processes of the run: the system logs as it does by default (a line
   * per request and per event is part of its cost); the benchmark's own process keeps quiet.
   */
  env(): NodeJS.ProcessEnv {
    return { ...process.env, LOG_LEVEL: 'log' };
  }

  /** A folder of the run's own, removed with it. */
  get scratchDir(): string {
    return this.scratch;
  }

  /** A complete request of the benchmark's agency, as a signatory would send it. */
  requestBody(): unknown {
    this.created += 1;
    return {
      applicant: {
        bin: BENCH_AGENCY_BIN,
        nameKk: 'Қазақстан Республикасының Цифрлық даму министрлігі',
        nameRu: 'Министерство цифрового развития Республики Казахстан',
        kind: 'central_state_body',
        contactPerson: {
          fullName: 'Айгерим Садыкова',
          position: 'Директор департамента',
          email: 'a.sadykova@gov.kz',
          phone: '+77172740000',
        },
      },
      system: {
        titleKk: 'Мемлекеттік құпияларды есепке алу жүйесі',
        titleRu: 'Система учёта сведений, составляющих государственные секреты',
        purpose: 'Учёт и контроль доступа к сведениям ограниченного распространения',
        kind: 'new_system',
        expectedUsers: 350,
        functions: ['state_secrets_protection', 'document_management'],
        dataObjects: ['classified_information', 'person', 'state_body'],
      },
      justification: {
        reasons: [
          {
            category: 'state_secrets',
            explanation: 'Закон о государственных секретах требует изолированного контура',
            capabilities: [{ capabilityId: 'document-storage', gap: 'absent' }],
            evidence: { classificationActRef: 'Приказ МЦРИАП № 12-с от 3 февраля 2026 года' },
          },
        ],
        alternativesAssessed: [{ name: 'QazTech: платформа данных', whyItFails: 'Нет аттестованного изолированного сегмента' }],
      },
      data: {
        categories: ['restricted_personal_data', 'dsp'],
        hosting: { inKazakhstan: true, location: 'ЦОД АО «Казахтелеком», Астана' },
        ai: { used: false },
      },
      budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget', platformAlternativeKzt: '1400000000.00' },
      timeline: { plannedStart: '2027-02-01', goLive: '2027-11-30' },
    };
  }

  async requestIds(limit: number): Promise<string[]> {
    const { rows } = await this.pool.query('SELECT id FROM intake.requests WHERE agency_bin = $1 ORDER BY random() LIMIT $2', [
      BENCH_AGENCY_BIN,
      limit,
    ]);
    this.created = Math.max(this.created, rows.length);
    return rows.map((row: { id: string }) => row.id);
  }

  agencyRequests(): number {
    return this.created;
  }

  async countAgencyRequests(): Promise<number> {
    const { rows } = await this.pool.query('SELECT count(*)::int AS n FROM intake.requests WHERE agency_bin = $1', [BENCH_AGENCY_BIN]);
    this.created = (rows[0] as { n: number }).n;
    return this.created;
  }

  async versions(): Promise<{ postgres: string; redis: string }> {
    const { rows } = await this.pool.query('SHOW server_version');
    const redis = new Redis(this.config.REDIS_URL);
    try {
      const info = await redis.info('server');
      const postgres = (rows[0] as { server_version: string } | undefined)?.server_version ?? 'unknown';
      return { postgres, redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown' };
    } finally {
      redis.disconnect();
    }
  }

  /** Where the system under test keeps its queues: what jobsInFlight reads. */
  queueBackend: QueueBackendKind = 'redis';

  /** Event jobs waiting or running on every context's queue: work the system still has to do. */
  async jobsInFlight(): Promise<number> {
    if (this.queues?.backend !== this.queueBackend) {
      await this.closeQueues();
      const connection = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
      const settings = queueSettings({ ...this.config, QUEUE_BACKEND: this.queueBackend });
      const queues = CONTEXTS.map((name) => openQueue(settings, eventQueueName(name), () => connection));
      this.queues = { backend: this.queueBackend, connection, queues };
    }
    const queues = this.queues.queues;
    // The server may be full for a moment (the system under test takes its share, and a test
    // suite on the same machine may take the rest): a refused count is asked again, not fatal.
    const counts = await whileRefused(
      () => Promise.all(queues.map((queue) => queue.getJobCountByTypes('waiting', 'active', 'prioritized'))),
      {
        budgetMs: 60_000,
        onRefused: (error) => progress(`counting the jobs in flight: ${error.message}, asking again`),
      },
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }

  private async closeQueues(): Promise<void> {
    if (!this.queues) return;
    await Promise.all(this.queues.queues.map((queue) => queue.close()));
    this.queues.connection.disconnect();
    this.queues = undefined;
  }

  /** Drops the run's database, its Redis keys and its scratch files. */
  async cleanup(): Promise<void> {
    await this.closeQueues();
    await this.pool.end();
    await dropDatabase(this.config.DATABASE_URL);
    const redis = new Redis(this.config.REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.config.QUEUE_PREFIX}:*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
    await rm(this.scratch, { recursive: true, force: true });
  }
}

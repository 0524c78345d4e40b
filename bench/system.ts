import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '@qaztech/migrations';
import {
  createHttpApp,
  dropDatabase,
  ensureDatabase,
  loadOrCreateDevKey,
  loadPlatformConfig,
  mintDevToken,
  PlatformConfig,
  runMigrations,
} from '@qaztech/platform';
import { loadAuditConfig } from '@qaztech/audit';
import { StandaloneModule } from '../apps/standalone/src/standalone.module';
import { LedgerRuntime } from '../libs/audit/src/ingestion/ledger-runtime';
import { CHECKPOINT_KEYS } from '../libs/audit/src/shared/tokens';
import { CheckpointKeys } from '../libs/audit/src/signing/checkpoint-keys';
import { progress } from './support';

/**
 * The standalone system on a database and Redis prefix of the benchmark's own, created for the
 * run and removed after it, so a benchmark never touches anyone's data.
 */
export class BenchSystem {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: PlatformConfig,
    readonly baseUrl: string,
    readonly auditorToken: string,
    private readonly scratch: string,
  ) {}

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get keys(): CheckpointKeys {
    return this.app.get<CheckpointKeys>(CHECKPOINT_KEYS);
  }

  get origin(): string {
    return loadAuditConfig().AUDIT_LOG_ORIGIN;
  }

  static async start(): Promise<BenchSystem> {
    const runId = randomBytes(3).toString('hex');
    const scratch = join(tmpdir(), `qtx-bench-${runId}`);
    const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    base.pathname = `/qtx_bench_${runId}`;
    Object.assign(process.env, {
      DATABASE_URL: base.toString(),
      QUEUE_PREFIX: `qtx-bench-${runId}`,
      AUTH_DEV_ISSUER: 'true',
      AUTH_DEV_KEY_FILE: join(scratch, 'dev-issuer-key.json'),
      AUDIT_SIGNER_KEY_FILE: join(scratch, 'audit-signer-keys'),
      STORAGE_DIR: join(scratch, 'storage'),
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'false',
      OUTBOX_POLL_MS: '100',
    });
    const config = loadPlatformConfig();
    progress(`database ${base.pathname.slice(1)}: creating and migrating`);
    await ensureDatabase(config.DATABASE_URL);
    await runMigrations(config.DATABASE_URL, ALL_MIGRATIONS);
    const app = await createHttpApp(StandaloneModule.forRoot(config), { service: 'bench', title: 'bench', config });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const token = await mintDevToken(await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE), {
      roles: ['auditor'],
      name: 'Benchmark',
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    });
    return new BenchSystem(app, config, `http://127.0.0.1:${port}`, token, scratch);
  }

  async pauseIntegrator(): Promise<void> {
    await this.app.get(LedgerRuntime).integrator.stop();
  }

  async resumeIntegrator(): Promise<void> {
    this.app.get(LedgerRuntime).integrator.start();
  }

  async versions(): Promise<{ postgres: string; redis: string }> {
    const [row] = (await this.dataSource.query('SHOW server_version')) as { server_version: string }[];
    const redis = new Redis(this.config.REDIS_URL);
    try {
      const info = await redis.info('server');
      return { postgres: row?.server_version ?? 'unknown', redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown' };
    } finally {
      redis.disconnect();
    }
  }

  async stop(): Promise<void> {
    await this.app.close();
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

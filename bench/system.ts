import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createHttpApp } from '@qaztech/platform';
import { loadAuditConfig } from '@qaztech/audit';
import { StandaloneModule } from '../apps/standalone/src/standalone.module';
import { LedgerRuntime } from '../libs/audit/src/ingestion/ledger-runtime';
import { CHECKPOINT_KEYS } from '../libs/audit/src/shared/tokens';
import { CheckpointKeys } from '../libs/audit/src/signing/checkpoint-keys';
import { BenchContext } from './context';

/**
 * The standalone system inside the benchmark's own process, for the ledger figures that drive
 * its internals (the appender, paused integrator). Figures measured over HTTP use the built
 * standalone process instead, so that no load shares this event loop.
 */
export class BenchSystem {
  private constructor(
    readonly app: NestFastifyApplication,
    /**
     * The database as its owner, beside the system (which connects as each context's role): the
     * figures fill and drain the ledger's inbox directly, and checkpoint and vacuum the server.
     */
    readonly dataSource: DataSource,
  ) {}

  get keys(): CheckpointKeys {
    return this.app.get<CheckpointKeys>(CHECKPOINT_KEYS);
  }

  get origin(): string {
    return loadAuditConfig().AUDIT_LOG_ORIGIN;
  }

  static async start(context: BenchContext): Promise<BenchSystem> {
    const { config } = context;
    const app = await createHttpApp(StandaloneModule.forRoot(config), { service: 'bench', title: 'bench', config });
    await app.init();
    const owner = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, poolSize: 4 }).initialize();
    return new BenchSystem(app, owner);
  }

  async pauseIntegrator(): Promise<void> {
    await this.app.get(LedgerRuntime).integrator.stop();
  }

  async resumeIntegrator(): Promise<void> {
    this.app.get(LedgerRuntime).integrator.start();
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.dataSource.destroy();
  }
}

import { Inject, Injectable, Logger, OnApplicationShutdown, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContextName } from '@qaztech/contracts';
import { PLATFORM_CONFIG } from '../config/config.tokens';
import { PlatformConfig } from '../config/platform-config';
import { contextDatabase, ContextDatabase } from './context-database';
import { startStepWhileRefused } from './while-refused';

type EntityClass = new (...args: never[]) => object;

/** Injection token of the context's own connection settings (its role and URL), inside its module. */
export const CONTEXT_DATABASE = Symbol('CONTEXT_DATABASE');

export function createDataSource(config: PlatformConfig, database: ContextDatabase, entities: readonly EntityClass[]): DataSource {
  return new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [...entities],
    // Schema changes are reviewed migrations, applied by `npm run migrate` or at start-up.
    synchronize: false,
    migrationsRun: false,
    poolSize: config.DATABASE_POOL_SIZE,
    // Each service names its sessions, so an operator (or a fault test) can tell them apart.
    // Short transactional queries only: JIT compilation, which Postgres starts on large cost
    // estimates, costs tens of milliseconds and never pays off for them.
    extra: { application_name: config.DATABASE_APPLICATION_NAME, connectionTimeoutMillis: 5_000, options: '-c jit=off' },
    logging: ['error'],
  });
}

/**
 * Every context's connection pool in this process: one per context, each as the context's own
 * role, so a process running several contexts still gives none of them another's rights.
 * Health checks ask each; they close last, after contexts have stopped their workers.
 */
@Injectable()
export class DatabaseConnections implements OnApplicationShutdown {
  private readonly open: DataSource[] = [];
  private readonly logger = new Logger(DatabaseConnections.name);

  constructor(@Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  async connect(database: ContextDatabase, entities: readonly EntityClass[]): Promise<DataSource> {
    // A fresh pool for each try: a refused one is left with nothing open.
    const dataSource = await startStepWhileRefused(
      `${database.role} connects`,
      () => createDataSource(this.config, database, entities).initialize(),
      this.logger,
    );
    this.open.push(dataSource);
    return dataSource;
  }

  all(): readonly DataSource[] {
    return this.open;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.open.filter((dataSource) => dataSource.isInitialized).map((dataSource) => dataSource.destroy()));
  }
}

/**
 * The context's `DataSource` and `CONTEXT_DATABASE`, for its own module's providers: whatever
 * the module injects as `DataSource` is then the context's pool, connected as its role.
 * `configToken` provides the context's validated configuration, with its database variables.
 */
export function provideContextDatabase(context: ContextName, configToken: symbol, entities: readonly EntityClass[]): Provider[] {
  return [
    {
      provide: CONTEXT_DATABASE,
      inject: [PLATFORM_CONFIG, configToken],
      useFactory: (platform: PlatformConfig, config: object) => contextDatabase(context, platform.DATABASE_URL, config),
    },
    {
      provide: DataSource,
      inject: [CONTEXT_DATABASE, DatabaseConnections],
      useFactory: (database: ContextDatabase, connections: DatabaseConnections) => connections.connect(database, entities),
    },
  ];
}

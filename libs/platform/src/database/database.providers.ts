import { DataSource } from 'typeorm';
import { PlatformConfig } from '../config/platform-config';

type EntityClass = new (...args: never[]) => object;

export function createDataSource(config: PlatformConfig, entities: readonly EntityClass[]): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
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

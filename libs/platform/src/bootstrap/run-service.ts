import { DynamicModule } from '@nestjs/common';
import { MigrationInterface } from 'typeorm';
import { ConfigurationError } from '../config/config-schema';
import { loadPlatformConfig, PlatformConfig } from '../config/platform-config';
import { ensureDatabase, runMigrations } from '../database/database-admin';
import { JsonLogger } from '../observability/json-logger';
import { createHttpApp } from './create-http-app';
import { stopOnSignals } from './graceful-shutdown';

export interface ServiceDefinition {
  service: string;
  title: string;
  rootModule: (config: PlatformConfig) => DynamicModule;
  migrations: readonly (new () => MigrationInterface)[];
}

/**
 * The `main` of every service: validate the environment, migrate if asked, serve; exit 1 on failure,
 * 0 after a clean stop on SIGTERM or SIGINT.
 */
export function runService(definition: ServiceDefinition): void {
  startService(definition).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

async function startService(definition: ServiceDefinition): Promise<void> {
  const logger = new JsonLogger(definition.service);
  let config: PlatformConfig;
  try {
    config = loadPlatformConfig({ DATABASE_APPLICATION_NAME: `qaztech-${definition.service}`, ...process.env });
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG: the operator's environment, not a crash.
    }
    throw error;
  }
  if (config.MIGRATE_ON_START) {
    await ensureDatabase(config.DATABASE_URL);
    const applied = await runMigrations(config.DATABASE_URL, definition.migrations);
    logger.log({ msg: 'migrations applied', applied }, 'bootstrap');
  }
  const app = await createHttpApp(definition.rootModule(config), { service: definition.service, title: definition.title, config });
  stopOnSignals(app, logger);
  await app.listen(config.PORT, config.HOST);
  logger.log({ msg: 'listening', url: `http://${config.HOST}:${config.PORT}`, docs: '/docs' }, 'bootstrap');
}

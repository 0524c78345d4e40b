import { DynamicModule } from '@nestjs/common';
import { PlatformConfig } from '../config/platform-config';
import { migrateDatabase } from '../database/migration-runner';
import { JsonLogger } from '../observability/json-logger';
import { createHttpApp } from './create-http-app';
import { stopOnSignals } from './graceful-shutdown';
import { configurationOrExit, ContextDefinition, loadServiceConfiguration } from './service-configuration';

export interface ServiceDefinition {
  service: string;
  title: string;
  rootModule: (config: PlatformConfig) => DynamicModule;
  /** The contexts this process runs: their configuration, migrations and database roles. */
  contexts: readonly ContextDefinition[];
}

/**
 * The `main` of every service: validate the environment of every module, migrate if asked,
 * serve; exit 78 (EX_CONFIG) on a bad environment, 1 on failure, 0 after a clean stop on
 * SIGTERM or SIGINT.
 */
export function runService(definition: ServiceDefinition): void {
  startService(definition).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

async function startService(definition: ServiceDefinition): Promise<void> {
  const logger = new JsonLogger(definition.service);
  const env = { DATABASE_APPLICATION_NAME: `qaztech-${definition.service}`, ...process.env };
  // Before anything touches the database: a bad variable of any module stops the start here.
  const { platform: config, targets } = configurationOrExit(() => loadServiceConfiguration(definition.contexts, env));
  if (config.MIGRATE_ON_START) {
    const applied = await migrateDatabase(config.DATABASE_URL, targets);
    logger.log({ msg: 'migrations applied', applied }, 'bootstrap');
  }
  const app = await createHttpApp(definition.rootModule(config), {
    service: definition.service,
    title: definition.title,
    config,
    contexts: definition.contexts,
  });
  stopOnSignals(app, logger);
  await app.listen(config.PORT, config.HOST);
  logger.log({ msg: 'listening', url: `http://${config.HOST}:${config.PORT}`, docs: '/docs' }, 'bootstrap');
}

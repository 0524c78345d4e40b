import { DynamicModule } from '@nestjs/common';
import { PlatformConfig } from '../config/platform-config';
import { migrateDatabase } from '../database/migration-runner';
import { JsonLogger } from '../observability/json-logger';
import { queueStoreTarget } from '../queues/queue-store-migration';
import { createHttpApp } from './create-http-app';
import { stopOnSignals } from './graceful-shutdown';
import { startStepWhileRefused } from '../database/while-refused';
import { LocalServers, provideLocalServers, requireExplicitServers } from './local-servers';
import { configurationOrExit, ContextDefinition, loadServiceConfiguration } from './service-configuration';

export interface ServiceDefinition {
  service: string;
  title: string;
  rootModule: (config: PlatformConfig) => DynamicModule;
  /** The contexts this process runs: their configuration, migrations and database roles. */
  contexts: readonly ContextDefinition[];
}

/**
 * The `main` of every service: find or start its servers (outside production: the embedded
 * PostgreSQL, the queues on PostgreSQL when no Redis answers), validate the environment of every
 * module, migrate if asked, serve; exit 78 (EX_CONFIG) on a bad environment, 1 on failure, 0
 * after a clean stop on SIGTERM or SIGINT. An embedded database stops after the service.
 */
export function runService(definition: ServiceDefinition): void {
  let local: LocalServers | undefined;
  startService(definition, (servers) => (local = servers)).catch(async (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await local?.stop();
    process.exit(1);
  });
}

async function startService(definition: ServiceDefinition, started: (local: LocalServers) => void): Promise<void> {
  const logger = new JsonLogger(definition.service);
  if (process.env.NODE_ENV === 'production') configurationOrExit(() => requireExplicitServers(process.env));
  const local = await provideLocalServers(process.env);
  started(local);
  for (const note of local.notes) logger.log({ msg: note }, 'bootstrap');
  const env = { DATABASE_APPLICATION_NAME: `qaztech-${definition.service}`, ...process.env };
  // Before anything touches the database: a bad variable of any module stops the start here.
  const { platform: config, targets } = configurationOrExit(() => loadServiceConfiguration(definition.contexts, env));
  // A database that refuses the start (full, starting, restarting) is waited out by each step
  // that connects: the migrations here, each context's pool and seed as the app is built.
  if (config.MIGRATE_ON_START) {
    const applied = await startStepWhileRefused(
      'migrations',
      () => migrateDatabase(config.DATABASE_URL, targets, queueStoreTarget(config)),
      { warn: (message) => logger.warn(message, 'bootstrap') },
    );
    logger.log({ msg: 'migrations applied', applied }, 'bootstrap');
  }
  const app = await createHttpApp(definition.rootModule(config), {
    service: definition.service,
    title: definition.title,
    config,
    contexts: definition.contexts,
  });
  stopOnSignals(app, logger, undefined, local.stop);
  await app.listen(config.PORT, config.HOST);
  logger.log({ msg: 'listening', url: `http://${config.HOST}:${config.PORT}`, docs: '/docs' }, 'bootstrap');
}

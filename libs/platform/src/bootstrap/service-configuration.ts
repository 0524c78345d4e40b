import { Type } from '@nestjs/common';
import { ContextName } from '@qaztech/contracts';
import { ConfigurationError } from '../config/config-schema';
import { loadPlatformConfig, PlatformConfig } from '../config/platform-config';
import { contextDatabase } from '../database/context-database';
import { ContextMigrations, MigrationTarget } from '../database/migration-runner';

/** What a process needs to know of a context it runs or migrates, before any module exists. */
export interface ContextDefinition {
  name: ContextName;
  /** Validates the context's variables (its database variables among them); throws ConfigurationError. */
  loadConfig(env: NodeJS.ProcessEnv): object;
  migrations: ContextMigrations;
  /** The context's Nest module: its routes make the context's API description. */
  module: Type<unknown>;
}

export interface ServiceConfiguration {
  platform: PlatformConfig;
  /** Each context's migrations with its connection, for migrateDatabase. */
  targets: MigrationTarget[];
}

/**
 * Validates the platform's variables and those of every context given, together: one
 * ConfigurationError names every problem of every module, so one pass fixes a deployment.
 */
export function loadServiceConfiguration(
  contexts: readonly ContextDefinition[],
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfiguration {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const platform = attempt(() => loadPlatformConfig(env));
  const loaded = contexts.map((context) => ({ context, config: attempt(() => context.loadConfig(env)) }));
  if (!platform || problems.length > 0) throw new ConfigurationError(problems);
  return {
    platform,
    targets: loaded.map(({ context, config }) => ({
      migrations: context.migrations,
      database: contextDatabase(context.name, platform.DATABASE_URL, config!),
    })),
  };
}

/** Several loaders of one module as one: their values merged, or every problem of every one. */
export function loadTogether(...loads: ((env: NodeJS.ProcessEnv) => object)[]): (env: NodeJS.ProcessEnv) => object {
  return (env) => {
    const problems: string[] = [];
    const values = loads.map((load) => {
      try {
        return load(env);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        problems.push(...error.problems);
        return {};
      }
    });
    if (problems.length > 0) throw new ConfigurationError(problems);
    return Object.assign({}, ...values) as object;
  };
}

/** Exit status of a process stopped by its configuration: EX_CONFIG, the operator's to fix. */
export const EX_CONFIG = 78;

/** Runs `load`; on a ConfigurationError prints every problem and exits EX_CONFIG. */
export function configurationOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return process.exit(EX_CONFIG);
  }
}

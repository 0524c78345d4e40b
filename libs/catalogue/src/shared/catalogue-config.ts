import { ConfigOf, contextDatabaseVariables, loadConfig } from '@qaztech/platform';

export const CATALOGUE_CONFIG_SCHEMA = {
  ...contextDatabaseVariables('catalogue'),
};

export type CatalogueConfig = ConfigOf<typeof CATALOGUE_CONFIG_SCHEMA>;
export const CATALOGUE_CONFIG = Symbol('CATALOGUE_CONFIG');

export function loadCatalogueConfig(env: NodeJS.ProcessEnv = process.env): CatalogueConfig {
  return loadConfig(CATALOGUE_CONFIG_SCHEMA, env);
}

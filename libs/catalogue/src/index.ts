export { CatalogueModule, CATALOGUE_CONTEXT, CATALOGUE_ENTITIES } from './catalogue.module';
export { CATALOGUE_MIGRATIONS } from './migrations';
export { CATALOGUE_CONFIG_SCHEMA } from './shared/catalogue-config';
export { CATALOGUE_ERRORS, CatalogueError, CatalogueFieldError } from './shared/catalogue-errors';
export { CATALOGUE_EVENT_QUEUE } from './shared/catalogue-queues';
export { SeedCatalogue } from './seed/seed-catalogue';
export { MaintainCatalogueUseCase } from './capabilities/maintain-catalogue.use-case';

import { Module } from '@nestjs/common';
import { ContextDefinition, provideContextDatabase, provideContextMessaging } from '@qaztech/platform';
import { CapabilitiesController } from './capabilities/capabilities.controller';
import { CapabilityEntity, CapabilityVersionEntity } from './capabilities/capability.entity';
import { CapabilityRepository } from './capabilities/capability.repository';
import { CatalogueQuery } from './capabilities/catalogue.query';
import { MaintainCatalogueUseCase } from './capabilities/maintain-catalogue.use-case';
import { PublicCapabilitiesController } from './capabilities/public-capabilities.controller';
import { CATALOGUE_MIGRATIONS } from './migrations';
import { SeedCatalogue } from './seed/seed-catalogue';
import { CATALOGUE_CONFIG, loadCatalogueConfig } from './shared/catalogue-config';
import { CATALOGUE_ERROR_CODES } from './shared/catalogue-errors';
import { CatalogueMessaging, CatalogueOutbox } from './shared/catalogue-outbox';

export const CATALOGUE_ENTITIES = [CapabilityEntity, CapabilityVersionEntity];

/** The catalogue context: what the QazTech platform offers, versioned, as evidence for each case. */
@Module({
  controllers: [CapabilitiesController, PublicCapabilitiesController],
  providers: [
    { provide: CATALOGUE_CONFIG, useFactory: () => loadCatalogueConfig() },
    ...provideContextDatabase('catalogue', CATALOGUE_CONFIG, CATALOGUE_ENTITIES),
    CATALOGUE_ERROR_CODES,
    CatalogueOutbox,
    CapabilityRepository,
    CatalogueQuery,
    MaintainCatalogueUseCase,
    SeedCatalogue,
    // No handlers yet: the queue carries the ledger's redelivery requests, which messaging answers itself.
    ...provideContextMessaging(CatalogueMessaging, 'catalogue', []),
  ],
})
export class CatalogueModule {}

/** What a process that runs or migrates the catalogue validates and migrates before it starts. */
export const CATALOGUE_CONTEXT: ContextDefinition = {
  name: 'catalogue',
  loadConfig: loadCatalogueConfig,
  migrations: CATALOGUE_MIGRATIONS,
  module: CatalogueModule,
};

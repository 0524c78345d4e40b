import { Module } from '@nestjs/common';
import { ContextDefinition, provideContextDatabase, provideContextMessaging } from '@qaztech/platform';
import { CapabilitiesController } from './capabilities/capabilities.controller';
import { CapabilityEntity, CapabilityVersionEntity } from './capabilities/capability.entity';
import { CapabilityRepository } from './capabilities/capability.repository';
import { CatalogueQuery } from './capabilities/catalogue.query';
import { MaintainCatalogueUseCase } from './capabilities/maintain-catalogue.use-case';
import { PublicCapabilitiesController } from './capabilities/public-capabilities.controller';
import { DecisionPublishedHandler, DecisionPublishedV2Handler } from './events/decision-published.handler';
import { RequestResubmittedHandler, RequestSubmittedHandler, RequestWithdrawnHandler } from './events/request-events.handler';
import { ImportInventoryUseCase } from './inventory/import-inventory.use-case';
import { InventoryController } from './inventory/inventory.controller';
import { InventoryQuery } from './inventory/inventory.query';
import { InventoryRepository } from './inventory/inventory.repository';
import { CATALOGUE_MIGRATIONS } from './migrations';
import { ComputeOverlapReportUseCase } from './overlap/compute-overlap-report.use-case';
import { ExtendGlossaryUseCase } from './overlap/extend-glossary.use-case';
import { GlossaryRepository } from './overlap/glossary.repository';
import { OverlapDocumentRepository } from './overlap/overlap-document.repository';
import { OverlapFinder } from './overlap/overlap-finder';
import { OverlapIndex } from './overlap/overlap-index';
import { OverlapReportRepository } from './overlap/overlap-report.repository';
import { OverlapController } from './overlap/overlap.controller';
import { OverlapQuery } from './overlap/overlap.query';
import { SeedGlossary } from './overlap/seed-glossary';
import { SimilarDecisions } from './overlap/similar-decisions';
import { SearchController } from './search/search.controller';
import { SearchQuery } from './search/search.query';
import { SeedCatalogue } from './seed/seed-catalogue';
import { CATALOGUE_CONFIG, loadCatalogueConfig } from './shared/catalogue-config';
import { CATALOGUE_ERROR_CODES } from './shared/catalogue-errors';
import { CatalogueMessaging, CatalogueOutbox } from './shared/catalogue-outbox';

export const CATALOGUE_ENTITIES = [CapabilityEntity, CapabilityVersionEntity];

/**
 * The catalogue context: the evidence a case is judged against. What the QazTech platform offers
 * (versioned), the state's existing systems, and the overlap of each request with them, with
 * other agencies' requests and with published decisions.
 */
@Module({
  controllers: [CapabilitiesController, PublicCapabilitiesController, InventoryController, OverlapController, SearchController],
  providers: [
    { provide: CATALOGUE_CONFIG, useFactory: () => loadCatalogueConfig() },
    ...provideContextDatabase('catalogue', CATALOGUE_CONFIG, CATALOGUE_ENTITIES),
    CATALOGUE_ERROR_CODES,
    CatalogueOutbox,
    CapabilityRepository,
    CatalogueQuery,
    MaintainCatalogueUseCase,
    SeedCatalogue,
    // inventory and overlap
    InventoryRepository,
    InventoryQuery,
    ImportInventoryUseCase,
    GlossaryRepository,
    SeedGlossary,
    OverlapDocumentRepository,
    OverlapIndex,
    OverlapFinder,
    OverlapReportRepository,
    OverlapQuery,
    ComputeOverlapReportUseCase,
    ExtendGlossaryUseCase,
    SimilarDecisions,
    SearchQuery,
    ...provideContextMessaging(CatalogueMessaging, 'catalogue', [
      RequestSubmittedHandler,
      RequestResubmittedHandler,
      RequestWithdrawnHandler,
      DecisionPublishedHandler,
      DecisionPublishedV2Handler,
    ]),
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

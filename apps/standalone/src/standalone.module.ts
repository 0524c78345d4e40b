import { DynamicModule, Module } from '@nestjs/common';
import { AUDIT_CONTEXT, AuditModule } from '@qaztech/audit';
import { CATALOGUE_CONTEXT, CatalogueModule } from '@qaztech/catalogue';
import { INTAKE_CONTEXT, IntakeModule } from '@qaztech/intake';
import { Clock, ContextDefinition, PlatformConfig, PlatformModule } from '@qaztech/platform';
import { REGISTRY_CONTEXT, RegistryModule } from '@qaztech/registry';
import { REVIEW_CONTEXT, ReviewModule } from '@qaztech/review';
import { ALL_QUEUES } from './context-queues';

/** The contexts the standalone process runs, each connected as its own role. */
export const ALL_CONTEXTS: readonly ContextDefinition[] = [
  INTAKE_CONTEXT,
  REVIEW_CONTEXT,
  REGISTRY_CONTEXT,
  AUDIT_CONTEXT,
  CATALOGUE_CONTEXT,
];

/** Every context in one process: the default for `npm start`, the demo and end-to-end tests. */
@Module({})
export class StandaloneModule {
  /** `clock` is for tests that set the time the domain reads; the real one otherwise. */
  static forRoot(config: PlatformConfig, clock?: Clock): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        PlatformModule.forRoot({ config, clock, queues: ALL_QUEUES }),
        IntakeModule,
        ReviewModule,
        RegistryModule,
        AuditModule,
        CatalogueModule,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@qaztech/audit';
import { INTAKE_ENTITIES, IntakeModule } from '@qaztech/intake';
import { Clock, PlatformConfig, PlatformModule } from '@qaztech/platform';
import { RegistryModule } from '@qaztech/registry';
import { REVIEW_ENTITIES, ReviewModule } from '@qaztech/review';

/** Every context in one process: the default for `npm start`, the demo and end-to-end tests. */
@Module({})
export class StandaloneModule {
  /** `clock` is for tests that set the time the domain reads; the real one otherwise. */
  static forRoot(config: PlatformConfig, clock?: Clock): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        PlatformModule.forRoot({ config, entities: [...INTAKE_ENTITIES, ...REVIEW_ENTITIES], clock }),
        IntakeModule,
        ReviewModule,
        RegistryModule,
        AuditModule,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@qaztech/audit';
import { INTAKE_ENTITIES, IntakeModule } from '@qaztech/intake';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';
import { RegistryModule } from '@qaztech/registry';
import { REVIEW_ENTITIES, ReviewModule } from '@qaztech/review';

/** Every context in one process: the default for `npm start`, the demo and end-to-end tests. */
@Module({})
export class StandaloneModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        PlatformModule.forRoot({ config, entities: [...INTAKE_ENTITIES, ...REVIEW_ENTITIES] }),
        IntakeModule,
        ReviewModule,
        RegistryModule,
        AuditModule,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { IntakeModule } from '@qaztech/intake';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';
import { CONTEXT_QUEUES } from '../../standalone/src/context-queues';

/** The intake context alone, as its own service. */
@Module({})
export class IntakeServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: IntakeServiceModule,
      imports: [PlatformModule.forRoot({ config, queues: CONTEXT_QUEUES.intake }), IntakeModule],
    };
  }
}

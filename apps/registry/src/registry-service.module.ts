import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';
import { RegistryModule } from '@qaztech/registry';
import { CONTEXT_QUEUES } from '../../standalone/src/context-queues';

/** The registry context alone, as its own service. */
@Module({})
export class RegistryServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: RegistryServiceModule,
      imports: [PlatformModule.forRoot({ config, queues: CONTEXT_QUEUES.registry }), RegistryModule],
    };
  }
}

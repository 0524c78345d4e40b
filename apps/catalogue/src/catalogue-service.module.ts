import { DynamicModule, Module } from '@nestjs/common';
import { CatalogueModule } from '@qaztech/catalogue';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';
import { CONTEXT_QUEUES } from '../../standalone/src/context-queues';

/** The catalogue context alone, as its own service. */
@Module({})
export class CatalogueServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: CatalogueServiceModule,
      imports: [PlatformModule.forRoot({ config, queues: CONTEXT_QUEUES.catalogue }), CatalogueModule],
    };
  }
}

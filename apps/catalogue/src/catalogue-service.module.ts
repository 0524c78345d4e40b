import { DynamicModule, Module } from '@nestjs/common';
import { CatalogueModule } from '@qaztech/catalogue';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';

/** The catalogue context alone, as its own service. */
@Module({})
export class CatalogueServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: CatalogueServiceModule,
      imports: [PlatformModule.forRoot({ config }), CatalogueModule],
    };
  }
}

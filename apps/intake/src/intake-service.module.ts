import { DynamicModule, Module } from '@nestjs/common';
import { IntakeModule } from '@qaztech/intake';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';

/** The intake context alone, as its own service. */
@Module({})
export class IntakeServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: IntakeServiceModule,
      imports: [PlatformModule.forRoot({ config }), IntakeModule],
    };
  }
}

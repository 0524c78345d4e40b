import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';
import { ReviewModule } from '@qaztech/review';
import { CONTEXT_QUEUES } from '../../standalone/src/context-queues';

/** The review context alone, as its own service. */
@Module({})
export class ReviewServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: ReviewServiceModule,
      imports: [PlatformModule.forRoot({ config, queues: CONTEXT_QUEUES.review }), ReviewModule],
    };
  }
}

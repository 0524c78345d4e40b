import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@qaztech/audit';
import { PlatformConfig, PlatformModule } from '@qaztech/platform';
import { CONTEXT_QUEUES } from '../../standalone/src/context-queues';

/** The audit context alone, as its own service. */
@Module({})
export class AuditServiceModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: AuditServiceModule,
      imports: [PlatformModule.forRoot({ config, queues: CONTEXT_QUEUES.audit }), AuditModule],
    };
  }
}

import { Module } from '@nestjs/common';
import { provideContextMessaging } from '@qaztech/platform';
import { DecisionIssuedHandler, DecisionRevokedHandler, ExemptionExpiredHandler } from './publishing/publication-handlers';
import { PublishRecordUseCase } from './publishing/publish-record.use-case';
import { RegisterQuery } from './reading/register.query';
import { RegistryMessaging, RegistryOutbox } from './shared/registry-outbox';
import { FanOutDeliveriesHandler } from './webhooks/fan-out-deliveries.handler';

/** The registry context: the public register of decisions, signed, searchable, and announced. */
@Module({
  controllers: [],
  providers: [
    RegistryOutbox,
    PublishRecordUseCase,
    RegisterQuery,
    ...provideContextMessaging(RegistryMessaging, 'registry', [
      DecisionIssuedHandler,
      DecisionRevokedHandler,
      ExemptionExpiredHandler,
      FanOutDeliveriesHandler,
    ]),
  ],
  exports: [RegisterQuery],
})
export class RegistryModule {}

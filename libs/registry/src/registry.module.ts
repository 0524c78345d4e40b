import { Module } from '@nestjs/common';
import {
  ContextDefinition,
  loadTogether,
  PLATFORM_CONFIG,
  PlatformConfig,
  provideContextDatabase,
  provideContextMessaging,
} from '@qaztech/platform';
import { DecisionIssuedHandler, DecisionRevokedHandler, ExemptionExpiredHandler } from './publishing/publication-handlers';
import { PublicationAnchoredHandler } from './publishing/publication-anchored.handler';
import { PublicationRepository } from './publishing/publication.repository';
import { PublishRecordUseCase } from './publishing/publish-record.use-case';
import { PublicDecisionsController } from './reading/public-decisions.controller';
import { PublicFeedsController } from './reading/public-feeds.controller';
import { RegisterAnswerCache } from './reading/register-answer-cache';
import { RegisterQuery } from './reading/register.query';
import { RegisterPageController } from './register-page/register-page.controller';
import { REGISTRY_MIGRATIONS } from './migrations';
import { loadRegistryConfig, REGISTRY_CONFIG, REGISTRY_KEYS, RegistryConfig } from './shared/registry-config';
import { RegistryMessaging, RegistryOutbox } from './shared/registry-outbox';
import { JwksController } from './signing/jwks.controller';
import { loadRegistryKeys } from './signing/registry-keys';
import { FanOutDeliveriesHandler, FanOutDeliveriesV1Handler } from './webhooks/fan-out-deliveries.handler';
import { loadWebhookConfig } from './webhooks/webhook-config';
import { WEBHOOK_CONTROLLERS, WEBHOOK_PROVIDERS } from './webhooks/webhooks.providers';
import { REGISTRY_ERROR_CODES } from './shared/registry-errors';
import { SimilarDecisionsFoundHandler } from './similar/similar-decisions.handler';
import { SimilarDecisionsRepository } from './similar/similar-decisions.repository';

/** The registry context: the public register of decisions, signed, searchable, and announced. */
@Module({
  controllers: [JwksController, PublicFeedsController, PublicDecisionsController, RegisterPageController, ...WEBHOOK_CONTROLLERS],
  providers: [
    { provide: REGISTRY_CONFIG, useFactory: () => loadRegistryConfig() },
    ...provideContextDatabase('registry', REGISTRY_CONFIG, []),
    REGISTRY_ERROR_CODES,
    {
      provide: REGISTRY_KEYS,
      inject: [REGISTRY_CONFIG, PLATFORM_CONFIG],
      useFactory: (config: RegistryConfig, platform: PlatformConfig) =>
        loadRegistryKeys({
          signerKeys: config.REGISTRY_SIGNER_KEYS,
          keyFile: config.REGISTRY_SIGNER_KEY_FILE,
          retiredPublicKeys: config.REGISTRY_RETIRED_PUBLIC_KEYS,
          mayGenerate: platform.NODE_ENV !== 'production',
        }),
    },
    RegistryOutbox,
    PublicationRepository,
    PublishRecordUseCase,
    RegisterAnswerCache,
    RegisterQuery,
    SimilarDecisionsRepository,
    ...WEBHOOK_PROVIDERS,
    ...provideContextMessaging(RegistryMessaging, 'registry', [
      DecisionIssuedHandler,
      DecisionRevokedHandler,
      ExemptionExpiredHandler,
      FanOutDeliveriesHandler,
      FanOutDeliveriesV1Handler,
      PublicationAnchoredHandler,
      SimilarDecisionsFoundHandler,
    ]),
  ],
  exports: [RegisterQuery, REGISTRY_CONFIG],
})
export class RegistryModule {}

/** What a process that runs or migrates the registry validates and migrates before it starts. */
export const REGISTRY_CONTEXT: ContextDefinition = {
  name: 'registry',
  loadConfig: loadTogether(loadRegistryConfig, loadWebhookConfig),
  migrations: REGISTRY_MIGRATIONS,
  module: RegistryModule,
};

import { Provider, Type } from '@nestjs/common';
import { CreateSubscriptionUseCase } from './create-subscription.use-case';
import { DeliveryHistoryQuery } from './delivery-history.query';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryScheduler } from './delivery.scheduler';
import { DeliveryWorker } from './delivery.worker';
import { DisableSubscriptionUseCase } from './disable-subscription.use-case';
import { FanOutRepository } from './fan-out.repository';
import { RedeliverUseCase } from './redeliver.use-case';
import { RotateSecretUseCase } from './rotate-secret.use-case';
import { SendDeliveryUseCase } from './send-delivery.use-case';
import { SubscriptionRepository } from './subscription.repository';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsQuery } from './subscriptions.query';
import { loadWebhookConfig, WEBHOOK_CONFIG } from './webhook-config';

/** The webhooks' part of the registry module (the fan-out handler joins the context's event handlers). */
export const WEBHOOK_CONTROLLERS: Type[] = [SubscriptionsController];

export const WEBHOOK_PROVIDERS: Provider[] = [
  { provide: WEBHOOK_CONFIG, useFactory: () => loadWebhookConfig() },
  SubscriptionRepository,
  SubscriptionsQuery,
  DeliveryRepository,
  FanOutRepository,
  DeliveryHistoryQuery,
  DeliveryScheduler,
  CreateSubscriptionUseCase,
  DisableSubscriptionUseCase,
  RotateSecretUseCase,
  RedeliverUseCase,
  SendDeliveryUseCase,
  DeliveryWorker,
];

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, inTransaction, RequestContext } from '@qaztech/platform';
import { RegistryOutbox } from '../shared/registry-outbox';
import { SubscriptionWithSecretView } from './subscription.dto';
import { SubscriptionRepository } from './subscription.repository';
import { withSecret } from './subscription-view';
import { adminActor } from './webhook-admin';
import { WEBHOOK_CONFIG, WebhookConfig } from './webhook-config';
import { RegistryError } from '../shared/registry-errors';

/**
 * Replaces a subscription's secret. For WEBHOOK_SECRET_GRACE_MS deliveries carry signatures with
 * both secrets, so the subscriber can switch to the new one without refusing a delivery.
 */
@Injectable()
export class RotateSecretUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly outbox: RegistryOutbox,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
  ) {}

  async execute(context: RequestContext, id: string): Promise<SubscriptionWithSecretView> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.subscriptions.lock(manager, id);
      if (current.status === 'disabled') throw new DomainError(RegistryError.SUBSCRIPTION_DISABLED);
      const subscription = await this.subscriptions.rotate(manager, id, this.config.WEBHOOK_SECRET_GRACE_MS);
      await this.outbox.append(manager, {
        type: 'webhook.secret_rotated.v1',
        aggregateId: null,
        actor: adminActor(context.principal),
        correlationId: context.requestId,
        payload: {
          subscriptionId: id,
          rotatedAt: subscription.secretRotatedAt!.toISOString(),
          previousSecretValidUntil: subscription.previousSecretUntil!.toISOString(),
        },
      });
      return withSecret(subscription);
    });
  }
}

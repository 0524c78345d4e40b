import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, RequestContext } from '@qaztech/platform';
import { RegistryOutbox } from '../shared/registry-outbox';
import { DeliveryRepository } from './delivery.repository';
import { SubscriptionView } from './subscription.dto';
import { SubscriptionRepository } from './subscription.repository';
import { subscriptionView } from './subscription-view';
import { adminActor } from './webhook-admin';

/**
 * Stops a subscription: no new deliveries, and those still waiting are cancelled (a delivery
 * already on its way finishes its attempt, but is not retried). Disabling twice changes nothing.
 */
@Injectable()
export class DisableSubscriptionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly outbox: RegistryOutbox,
  ) {}

  async execute(context: RequestContext, id: string): Promise<SubscriptionView> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.subscriptions.lock(manager, id);
      if (current.status === 'disabled') return subscriptionView(current);
      const subscription = await this.subscriptions.disable(manager, id);
      const cancelled = await this.deliveries.cancelPending(manager, id);
      await this.outbox.append(manager, {
        type: 'webhook.subscription_disabled.v1',
        aggregateId: null,
        actor: adminActor(context.principal),
        correlationId: context.requestId,
        payload: { subscriptionId: id, disabledAt: subscription.disabledAt!.toISOString(), cancelledDeliveries: cancelled },
      });
      return subscriptionView(subscription);
    });
  }
}

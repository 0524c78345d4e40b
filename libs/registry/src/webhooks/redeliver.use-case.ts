import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, inTransaction } from '@qaztech/platform';
import { DeliveryHistoryQuery, DeliveryView } from './delivery-history.query';
import { DeliveryRepository } from './delivery.repository';
import { SubscriptionRepository } from './subscription.repository';
import { RegistryError } from '../shared/registry-errors';

/**
 * Sends a delivery again, whatever became of it: it is pending once more, with a fresh retry
 * window, and takes its place in the subscriber's order like any pending delivery.
 */
@Injectable()
export class RedeliverUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly history: DeliveryHistoryQuery,
  ) {}

  async execute(subscriptionId: string, deliveryId: string): Promise<DeliveryView> {
    await inTransaction(this.dataSource, async (manager) => {
      const subscription = await this.subscriptions.lock(manager, subscriptionId);
      if (subscription.status === 'disabled') throw new DomainError(RegistryError.SUBSCRIPTION_DISABLED);
      if (!(await this.deliveries.revive(manager, subscriptionId, deliveryId))) throw new DomainError(RegistryError.DELIVERY_NOT_FOUND);
      await this.deliveries.notify(manager);
    });
    return this.history.find(subscriptionId, deliveryId);
  }
}

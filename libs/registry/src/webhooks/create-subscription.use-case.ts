import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, inTransaction, RequestContext } from '@qaztech/platform';
import { RegistryFieldError } from '../shared/registry-errors';
import { RegistryOutbox } from '../shared/registry-outbox';
import { CreateSubscriptionDto, SubscriptionWithSecretView } from './subscription.dto';
import { SubscriptionRepository } from './subscription.repository';
import { withSecret } from './subscription-view';
import { checkTarget } from './target-address';
import { adminActor } from './webhook-admin';
import { WEBHOOK_CONFIG, WebhookConfig } from './webhook-config';

/** An administrator subscribes an address; the answer is the only place its secret is shown. */
@Injectable()
export class CreateSubscriptionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly outbox: RegistryOutbox,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
  ) {}

  async execute(context: RequestContext, body: CreateSubscriptionDto): Promise<SubscriptionWithSecretView> {
    const targetUrl = body.url.trim();
    const problem = await checkTarget(targetUrl, this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS);
    if (problem) throw DomainError.validation([{ field: 'url', code: RegistryFieldError[problem] }]);
    return inTransaction(this.dataSource, async (manager) => {
      const subscription = await this.subscriptions.insert(manager, {
        id: randomUUID(),
        targetUrl,
        description: body.description.trim(),
        createdBy: context.principal.subject,
      });
      await this.outbox.append(manager, {
        type: 'webhook.subscription_created.v1',
        // About no request: the ledger files subscription changes by type and actor, not in a request's history.
        aggregateId: null,
        actor: adminActor(context.principal),
        correlationId: context.requestId,
        payload: {
          subscriptionId: subscription.id,
          targetUrl: subscription.targetUrl,
          description: subscription.description,
          createdAt: subscription.createdAt.toISOString(),
        },
      });
      return withSecret(subscription);
    });
  }
}

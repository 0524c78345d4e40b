import { randomUUID } from 'node:crypto';
import { DecisionIssuedV1, EventCatalogue, EventEnvelope, EventType } from '@qaztech/contracts';
import { RegistryModule } from '@qaztech/registry';
import { EventHandler, RequestContext } from '@qaztech/platform';
import { DeliveryWorker } from '../../../libs/registry/src/webhooks/delivery.worker';
import { loadWebhookConfig, WEBHOOK_CONFIG } from '../../../libs/registry/src/webhooks/webhook-config';
import { Component, reviewEnvelope, startComponent } from '../../support/component';
import { randomBin } from '../../support/fixtures';

/** The administrator of this tier's subscriptions: what it subscribed is disabled when it closes. */
const ADMIN = 'registry-component-admin';

/**
 * The registry with the platform, messaging off and without the delivery worker: a test runs
 * each delivery itself. Webhook targets on this machine are allowed, for a test's own receiver.
 * When it closes, what it leaves would otherwise reach a later suite: its subscriptions are
 * disabled (their waiting deliveries cancelled), and the fan-out is moved past its publications,
 * so that none is fanned out to a later suite's subscribers.
 */
export async function startRegistry(): Promise<Component> {
  const component = await startComponent('registry', RegistryModule, {
    without: [DeliveryWorker],
    replace: [{ provide: WEBHOOK_CONFIG, useValue: loadWebhookConfig({ ...process.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }) }],
  });
  const close = async (): Promise<void> => {
    await component.owner.transaction(async (manager) => {
      await manager.query(
        `UPDATE registry.webhook_deliveries SET status = 'cancelled', finished_at = now()
          WHERE status = 'pending' AND subscription_id IN (SELECT id FROM registry.webhook_subscriptions WHERE created_by = $1)`,
        [ADMIN],
      );
      await manager.query(
        `UPDATE registry.webhook_subscriptions SET status = 'disabled', disabled_at = now() WHERE created_by = $1 AND status = 'active'`,
        [ADMIN],
      );
      await manager.query('UPDATE registry.webhook_fan_out SET last_sequence = (SELECT last_sequence FROM registry.publication_counter)');
    });
    await component.close();
  };
  return { ...component, close };
}

export const admin = (): RequestContext => ({
  principal: { subject: ADMIN, name: 'Администратор', roles: ['admin'] },
  requestId: randomUUID(),
  language: 'en',
});

/** Review's event, as its relay hands it over. */
export function reviewEvent<T extends EventType>(
  type: T,
  requestId: string,
  payload: EventCatalogue[T],
): EventEnvelope<T, EventCatalogue[T]> {
  return reviewEnvelope(type, requestId, payload, { id: 'chair-1', role: 'commission.chair', name: 'Председатель' });
}

let decisions = 0;

/** An approval as review announces it, numbered apart from every other test's. */
export function anApproval(): DecisionIssuedV1 {
  decisions += 1;
  return {
    decisionId: randomUUID(),
    decisionNumber: `QTX-D-2098-${randomUUID().slice(0, 8)}-${decisions}`,
    registrationNumber: 'QTX-2098-000001',
    requestId: randomUUID(),
    version: 1,
    reconsideredDecisionId: null,
    applicant: { bin: randomBin(), nameKk: 'Министрлік', nameRu: 'Министерство' },
    system: { titleKk: 'Жүйе', titleRu: 'Система учёта', titleEn: null },
    reasonCategories: ['state_secrets'],
    dataCategories: ['dsp'],
    budget: { amountKzt: '1000.00', fundingSource: 'republican_budget' },
    outcome: 'approved',
    conditions: [],
    validUntil: '2040-12-31',
    reasoning: { kk: 'Мүмкін емес.', ru: 'Невозможно.', en: null },
    meeting: { id: randomUUID(), date: '2026-11-20', protocolNumber: 'P-1' },
    tally: { for: 3, against: 0, abstain: 0, recused: 0, present: 3, membership: 3, quorumMet: true, castingVote: null },
    issuedAt: '2026-11-20T10:00:00.000Z',
    chair: { name: 'Председатель', position: 'Председатель Комиссии' },
  };
}

/** Runs an event handler as the event worker does: in a transaction of its own. */
export function handle<T extends EventType>(component: Component, handler: EventHandler<T>, event: EventEnvelope<T, EventCatalogue[T]>) {
  return component.dataSource.transaction((manager) => handler.handle(event, manager));
}

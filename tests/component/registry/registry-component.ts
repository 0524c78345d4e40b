import { randomUUID } from 'node:crypto';
import { DecisionIssuedV1, EventCatalogue, EventEnvelope, EventType } from '@qaztech/contracts';
import { RegistryModule } from '@qaztech/registry';
import { EventHandler, RequestContext } from '@qaztech/platform';
import { DeliveryWorker } from '../../../libs/registry/src/webhooks/delivery.worker';
import { loadWebhookConfig, WEBHOOK_CONFIG } from '../../../libs/registry/src/webhooks/webhook-config';
import { Component, startComponent } from '../../support/component';
import { randomBin } from '../../support/fixtures';
import { createOwnDatabase } from '../../support/own-database';

/**
 * The registry with the platform, messaging off and without the delivery worker: a test runs
 * each delivery itself. Webhook targets on this machine are allowed, for a test's own receiver.
 * In a database of the file's own: the publication counter, the fan-out's progress and the
 * active subscriptions are the whole register's, and a publication left behind would be fanned
 * out to a later suite's subscribers.
 */
export async function startRegistry(): Promise<Component> {
  const own = await createOwnDatabase();
  const component = await startComponent('registry', RegistryModule, {
    env: { DATABASE_URL: own.url },
    without: [DeliveryWorker],
    replace: [{ provide: WEBHOOK_CONFIG, useValue: loadWebhookConfig({ ...process.env, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }) }],
  });
  return {
    ...component,
    close: async () => {
      await component.close();
      await own.drop();
    },
  };
}

export const admin = (): RequestContext => ({
  principal: { subject: 'registry-admin', name: 'Администратор', roles: ['admin'] },
  requestId: randomUUID(),
  language: 'en',
});

/** Review's event, as its relay hands it over. */
export function reviewEvent<T extends EventType>(
  type: T,
  requestId: string,
  payload: EventCatalogue[T],
): EventEnvelope<T, EventCatalogue[T]> {
  return {
    id: randomUUID(),
    type,
    source: 'review',
    sequence: 1,
    occurredAt: new Date().toISOString(),
    aggregateId: requestId,
    actor: { id: 'chair-1', role: 'commission.chair', name: 'Председатель' },
    correlationId: randomUUID(),
    payload,
  };
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

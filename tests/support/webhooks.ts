import { createHmac, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { DecisionPublishedV1 } from '@qaztech/contracts';
import { RegistryOutbox } from '@qaztech/registry';
import { PublicationRepository } from '../../libs/registry/src/publishing/publication.repository';
import { TestApp } from './app';
import { eventually } from './fixtures';
import { Api } from './http-client';

export interface ReceivedDelivery {
  headers: IncomingMessage['headers'];
  /** The body exactly as it came over the wire. */
  raw: string;
  body: DecisionPublishedV1;
  answered?: Answer;
}

/** What the receiver does with a request: answer with a status, or drop the connection. */
export type Answer = number | 'drop';

/**
 * A subscriber's endpoint on this machine: it keeps every request that reached it and answers
 * as the test says (a subscriber that is down, failing, or well).
 */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  answer: (request: ReceivedDelivery) => Answer = () => 200;
  url = '';
  /** How long it takes to answer: a slow subscriber. */
  delayMs = 0;
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const delivery: ReceivedDelivery = { headers: request.headers, raw, body: JSON.parse(raw) as DecisionPublishedV1 };
      this.received.push(delivery);
      delivery.answered = this.answer(delivery);
      const answered = delivery.answered;
      setTimeout(() => (answered === 'drop' ? request.socket.destroy() : response.writeHead(answered).end()), this.delayMs);
    });
  });

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.server.address() as { port: number };
    receiver.url = `http://127.0.0.1:${port}/hooks/qaztech`;
    return receiver;
  }

  /** The requests it answered with a 2xx, in arrival order. */
  accepted(): ReceivedDelivery[] {
    return this.received.filter((delivery) => typeof delivery.answered === 'number' && delivery.answered < 300);
  }

  /** Listens again at the same address after `close`: a subscriber back from an outage. */
  async reopen(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** What a subscriber does with a delivery: recompute the HMAC from the raw body and the timestamp. */
export function signatureMatches(delivery: ReceivedDelivery, secret: string): boolean {
  const timestamp = String(delivery.headers['x-qaztech-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${delivery.raw}`).digest('hex');
  const signatures = String(delivery.headers['x-qaztech-signature'])
    .split(',')
    .map((part) => part.trim());
  return signatures.includes(`v1=${expected}`);
}

/**
 * Publishes a record the quick way: takes the register's next sequence and appends
 * `decision.published.v1` through the registry's own outbox, as publishing does, without going
 * through a whole review. Its record is a placeholder and its signature is not checked here.
 */
export async function appendPublication(testApp: TestApp, label: string): Promise<DecisionPublishedV1> {
  const dataSource = testApp.owner;
  const outbox = testApp.app.get(RegistryOutbox);
  return dataSource.transaction(async (manager) => {
    const publications = testApp.app.get(PublicationRepository);
    const sequence = await publications.nextSequence(manager);
    const payload: DecisionPublishedV1 = {
      publicationId: randomUUID(),
      sequence,
      decisionId: randomUUID(),
      requestId: randomUUID(),
      record: placeholderRecord(`QTX-D-2099-${String(sequence).padStart(4, '0')}`, label),
      jws: 'placeholder.jws.signature',
      kid: 'placeholder-kid',
    };
    const announced = await outbox.append(manager, {
      type: 'decision.published.v1',
      aggregateId: payload.requestId,
      actor: { id: 'system', role: 'system', name: 'registry' },
      correlationId: randomUUID(),
      payload,
    });
    // The record itself too, as the register keeps it: the ledger's anchor for it then lands.
    await publications.insert(manager, {
      id: payload.publicationId,
      sequence,
      decisionId: payload.decisionId,
      requestId: payload.requestId,
      sourceEventId: randomUUID(),
      publishedEventId: announced.id,
      record: payload.record,
      jws: payload.jws,
      kid: payload.kid,
      decisionDate: payload.record.meeting.date,
    });
    return payload;
  });
}

function placeholderRecord(recordNumber: string, label: string): DecisionPublishedV1['record'] {
  return {
    recordNumber,
    kind: 'decision',
    correctionOf: null,
    decisionNumber: recordNumber,
    registrationNumber: 'QTX-2099-000001',
    applicant: { bin: '940140000385', nameKk: 'Ұйым', nameRu: 'Организация' },
    system: { titleKk: label, titleRu: label, titleEn: null },
    reasonCategories: ['state_secrets'],
    dataCategories: ['dsp'],
    budget: { amountKzt: '1000.00', fundingSource: null },
    outcome: 'approved',
    conditions: [],
    validUntil: '2099-12-31',
    meeting: { date: '2099-01-15', protocolNumber: 'P-1' },
    texts: { kk: label, ru: label, en: null },
    signedBy: { name: 'Председатель', position: 'Председатель Комиссии' },
    decidedAt: new Date().toISOString(),
    publishedAt: new Date().toISOString(),
  };
}

/** The settings every webhook test runs with: private targets allowed, retries in milliseconds. */
export function useWebhookSettings(settings: Record<string, string> = {}): void {
  Object.assign(process.env, {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_RETRY_WINDOW_MS: '120000',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_SWEEP_MS: '500',
    ...settings,
  });
}

export interface Subscribed {
  id: string;
  secret: string;
}

export async function subscribe(api: Api, adminToken: string, url: string, description = 'Test subscriber'): Promise<Subscribed> {
  const created = await api('POST', '/registry/subscriptions', { token: adminToken, body: { url, description } });
  if (created.status !== 201) throw new Error(`subscribe failed: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, secret: created.body.secret };
}

/** The subscription's deliveries, newest first, once `ready` accepts them. */
export async function deliveriesOf(api: Api, adminToken: string, subscriptionId: string, ready: (items: any[]) => boolean): Promise<any[]> {
  return eventually(async () => {
    const response = await api('GET', `/registry/subscriptions/${subscriptionId}/deliveries?limit=100`, { token: adminToken });
    return response.status === 200 && ready(response.body.items) ? (response.body.items as any[]) : undefined;
  }, 60_000);
}

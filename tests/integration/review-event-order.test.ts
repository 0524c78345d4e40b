import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventEnvelope } from '@qaztech/contracts';
import { ContextMessaging } from '@qaztech/platform';
import { ReviewMessaging } from '../../libs/review/src/shared/review-outbox';
import { startTestApp, TestApp } from '../support/app';
import { completeRequest, randomBin } from '../support/fixtures';

/**
 * Review's worker handles events concurrently, and a retried event comes late: a withdrawal can
 * be handled before the submission it withdraws. The case must then never open.
 */
describe('review when a withdrawal overtakes its submission', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let messaging: ContextMessaging;

  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.owner;
    messaging = testApp.app.get(ReviewMessaging) as ContextMessaging;
  });

  afterAll(async () => {
    await testApp.close();
  });

  function envelope<T>(type: string, requestId: string, sequence: number, payload: T): EventEnvelope {
    return {
      id: randomUUID(),
      type,
      source: 'intake',
      sequence,
      occurredAt: new Date().toISOString(),
      aggregateId: requestId,
      actor: { id: 'signatory', role: 'agency.signatory' },
      correlationId: randomUUID(),
      payload,
    };
  }

  async function openTasks(requestId: string): Promise<number> {
    const [row] = await dataSource.query(
      "SELECT count(*)::int AS count FROM review.tasks WHERE request_id = $1 AND status IN ('open', 'claimed')",
      [requestId],
    );
    return row?.count ?? 0;
  }

  it.each(['in turn', 'at the same time'])('opens no task when the withdrawal is handled first (%s)', async (how) => {
    const requestId = randomUUID();
    const bin = randomBin();
    const submitted = envelope('request.submitted.v1', requestId, 900_001, {
      requestId,
      agencyBin: bin,
      registrationNumber: `QTX-2026-9${String(Math.floor(Math.random() * 99_999)).padStart(5, '0')}`,
      version: 1,
      submittedAt: new Date().toISOString(),
      content: completeRequest(bin),
      attachments: [],
    });
    const withdrawn = envelope('request.withdrawn.v1', requestId, 900_002, {
      requestId,
      registrationNumber: null,
      previousStatus: 'submitted',
      reason: 'Строим на QazTech',
    });
    if (how === 'in turn') {
      await messaging.consumer.process(withdrawn);
      await messaging.consumer.process(submitted);
    } else {
      await Promise.all([messaging.consumer.process(withdrawn), messaging.consumer.process(submitted)]);
    }
    expect(await openTasks(requestId)).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { EventEnvelope, RequestWithdrawnV1 } from '@qaztech/contracts';
import { RequestWithdrawnHandler } from '../../../libs/review/src/intake-events/request-withdrawn.handler';
import { caseDeadlineJobId, taskDeadlineJobId } from '@qaztech/review';
import { randomBin } from '../../support/fixtures';
import { RequestSubmittedHandler } from '../../../libs/review/src/intake-events/request-submitted.handler';
import { arrive, liveTask, submittedEvent } from './support/case-steps';
import { ReviewComponent } from './support/review-component';

function withdrawnEvent(requestId: string): EventEnvelope<'request.withdrawn.v1', RequestWithdrawnV1> {
  return {
    id: randomUUID(),
    type: 'request.withdrawn.v1',
    source: 'intake',
    sequence: 1,
    occurredAt: new Date().toISOString(),
    aggregateId: requestId,
    actor: { id: 'signatory-1', role: 'agency.signatory', name: 'Подписант' },
    correlationId: `intake-${randomUUID()}`,
    payload: { requestId, registrationNumber: null, previousStatus: 'submitted', reason: 'Отозвано' },
  };
}

describe('review component: intake events', () => {
  let component: ReviewComponent;

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterAll(async () => {
    await component.close();
  });

  async function withdraw(requestId: string): Promise<void> {
    const handler = component.get(RequestWithdrawnHandler);
    await component.dataSource.transaction((manager) => handler.handle(withdrawnEvent(requestId), manager));
  }

  it('keeps a submitted version as the case, opens its screening task and sets its timers after the commit', async () => {
    const bin = randomBin();
    const requestId = await arrive(component, randomUUID(), bin);
    const theCase = await component.row('SELECT status, version, round, agency_bin FROM review.requests WHERE id = $1', [requestId]);
    expect(theCase).toEqual({ status: 'submitted', version: 1, round: 1, agency_bin: bin });
    const task = await liveTask(component, requestId, 'screening');
    const [created] = await component.events(requestId);
    expect(await component.eventTypes(requestId)).toEqual(['review.task_created.v1']);
    expect(created).toMatchObject({
      actor: { id: 'system', role: 'system' },
      payload: { taskId: task.id, stage: 'screening', version: 1 },
    });
    const timers = await component.timerIds();
    expect(timers).toContain(taskDeadlineJobId(task.id, task.due_date));
    expect(timers.some((id) => id.startsWith(caseDeadlineJobId(requestId, '')))).toBe(true);
  });

  it('sets no timer for a change that was rolled back', async () => {
    const requestId = randomUUID();
    component.cases.add(requestId);
    const handler = component.get(RequestSubmittedHandler);
    const before = await component.timerIds();
    const undone = component.dataSource.transaction(async (manager) => {
      await handler.handle(submittedEvent(requestId, randomBin()), manager);
      throw new Error('the consumer rolls back');
    });
    await expect(undone).rejects.toThrow('the consumer rolls back');
    expect(await component.row('SELECT 1 AS found FROM review.requests WHERE id = $1', [requestId])).toBeUndefined();
    expect(await component.timerIds()).toEqual(before);
  });

  it('takes a newer version in place of the one under review and cancels the work on the old one', async () => {
    const bin = randomBin();
    const requestId = await arrive(component, randomUUID(), bin);
    const old = await liveTask(component, requestId, 'screening');
    await arrive(component, requestId, bin, 2);
    expect(await component.row('SELECT status, version FROM review.requests WHERE id = $1', [requestId])).toEqual({
      status: 'submitted',
      version: 2,
    });
    const live = await component.rows("SELECT stage, version FROM review.tasks WHERE request_id = $1 AND status IN ('open', 'claimed')", [
      requestId,
    ]);
    expect(live).toEqual([{ stage: 'screening', version: 2 }]);
    expect(await component.row('SELECT status, outcome FROM review.tasks WHERE id = $1', [old.id])).toEqual({
      status: 'cancelled',
      outcome: 'superseded',
    });
    expect(await component.eventTypes(requestId)).toEqual(['review.task_created.v1', 'review.task_cancelled.v1', 'review.task_created.v1']);
    // The clock restarts: a resubmission's case timer gets a fresh id.
    expect((await component.timerIds()).some((id) => id.startsWith(caseDeadlineJobId(requestId, '')) && id.includes('-recheck-'))).toBe(
      true,
    );
  });

  it('changes nothing for a version older than the one it holds', async () => {
    const bin = randomBin();
    const requestId = await arrive(component, randomUUID(), bin, 2);
    const before = await component.eventTypes(requestId);
    await arrive(component, requestId, bin, 1);
    expect(await component.row('SELECT version FROM review.requests WHERE id = $1', [requestId])).toEqual({ version: 2 });
    expect(await component.eventTypes(requestId)).toEqual(before);
  });

  it('withdraws the case: its live tasks are cancelled with the system as the actor', async () => {
    const requestId = await arrive(component);
    await withdraw(requestId);
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'withdrawn' });
    expect(await component.row('SELECT status, outcome FROM review.tasks WHERE request_id = $1', [requestId])).toEqual({
      status: 'cancelled',
      outcome: 'withdrawn',
    });
    const [cancelled] = await component.events(requestId, 'review.task_cancelled.v1');
    expect(cancelled).toMatchObject({ actor: { id: 'system' }, payload: { reason: 'withdrawn', stage: 'screening' } });
  });

  it('remembers a withdrawal that overtook the submission, so the submission opens nothing', async () => {
    const requestId = randomUUID();
    component.cases.add(requestId);
    await withdraw(requestId);
    await arrive(component, requestId);
    expect(await component.row('SELECT 1 AS found FROM review.requests WHERE id = $1', [requestId])).toBeUndefined();
    expect(await component.row('SELECT request_id FROM review.withdrawals WHERE request_id = $1', [requestId])).toEqual({
      request_id: requestId,
    });
    expect(await component.events(requestId)).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { DomainError } from '@qaztech/platform';
import { AssignTaskUseCase } from '../../../libs/review/src/tasks/assign-task.use-case';
import { ClaimTaskUseCase } from '../../../libs/review/src/tasks/claim-task.use-case';
import { ReleaseExpiredClaimsUseCase } from '../../../libs/review/src/tasks/release-expired-claims.use-case';
import { ReleaseTaskUseCase } from '../../../libs/review/src/tasks/release-task.use-case';
import { randomBin } from '../../support/fixtures';
import { accepted, arrive, liveTask } from './support/case-steps';
import { contextOf, expert, ReviewComponent, SECRETARY } from './support/review-component';

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.code;
}

describe('review component: tasks', () => {
  let component: ReviewComponent;
  const taskRow = (id: string) =>
    component.row('SELECT status, assignee_id, claimed_at IS NOT NULL AS claimed FROM review.tasks WHERE id = $1', [id]);

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await component.close();
  });

  it('claims a screening task: the task is held and screening starts, both in one commit', async () => {
    const requestId = await arrive(component);
    const task = await liveTask(component, requestId, 'screening');
    const view = await component.get(ClaimTaskUseCase).execute(contextOf(SECRETARY), task.id);
    expect(view).toMatchObject({ status: 'claimed', assigneeId: SECRETARY.subject });
    expect(await taskRow(task.id)).toEqual({ status: 'claimed', assignee_id: SECRETARY.subject, claimed: true });
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'screening' });
    const events = await component.events(requestId);
    expect(events.slice(1).map((event) => [event.type, event.actor.role])).toEqual([
      ['review.task_claimed.v1', 'commission.secretary'],
      ['request.screening_started.v1', 'commission.secretary'],
    ]);
  });

  it('refuses a task held by someone else, and a person of the applicant organisation, writing nothing', async () => {
    const bin = randomBin();
    const requestId = await accepted(component, randomUUID(), bin);
    const task = await liveTask(component, requestId, 'legal');
    const before = await component.eventTypes(requestId);
    const colleague = { ...expert('legal', 'legal-2'), organisationBin: bin };
    expect(await refusal(component.get(ClaimTaskUseCase).execute(contextOf(colleague), task.id))).toBe('CONFLICT_OF_INTEREST');
    await component.get(ClaimTaskUseCase).execute(contextOf(expert('legal')), task.id);
    expect(await refusal(component.get(ClaimTaskUseCase).execute(contextOf(expert('legal', 'legal-3')), task.id))).toBe(
      'TASK_ALREADY_CLAIMED',
    );
    expect(await component.eventTypes(requestId)).toEqual([...before, 'review.task_claimed.v1']);
  });

  it('releases a task by its holder and by the secretary, each with its reason', async () => {
    const requestId = await accepted(component);
    const task = await liveTask(component, requestId, 'technical');
    const holder = expert('technical');
    await component.get(ClaimTaskUseCase).execute(contextOf(holder), task.id);
    await component.get(ReleaseTaskUseCase).execute(contextOf(holder), task.id);
    expect(await taskRow(task.id)).toEqual({ status: 'open', assignee_id: null, claimed: false });
    await component.get(ClaimTaskUseCase).execute(contextOf(holder), task.id);
    expect(await refusal(component.get(ReleaseTaskUseCase).execute(contextOf(expert('technical', 'other')), task.id))).toBe(
      'TASK_NOT_HELD',
    );
    await component.get(ReleaseTaskUseCase).execute(contextOf(SECRETARY), task.id);
    const released = await component.events(requestId, 'review.task_released.v1');
    expect(released.map((event) => [event.payload.reason, event.actor.role])).toEqual([
      ['released_by_holder', 'expert.technical'],
      ['released_by_secretary', 'commission.secretary'],
    ]);
  });

  it('assigns a task to a person and reassigns it, naming who held it before', async () => {
    const requestId = await accepted(component);
    const task = await liveTask(component, requestId, 'security');
    const assign = component.get(AssignTaskUseCase);
    await assign.execute(contextOf(SECRETARY), task.id, { assigneeId: 'sec-1', assigneeName: 'Эксперт 1' });
    await assign.execute(contextOf(SECRETARY), task.id, { assigneeId: 'sec-2', assigneeName: 'Эксперт 2' });
    expect(await taskRow(task.id)).toEqual({ status: 'claimed', assignee_id: 'sec-2', claimed: true });
    const assigned = await component.events(requestId, 'review.task_assigned.v1');
    expect(assigned.map((event) => [event.payload.assigneeId, event.payload.previousAssigneeId])).toEqual([
      ['sec-1', null],
      ['sec-2', 'sec-1'],
    ]);
  });

  it('puts a claim whose lease ran out back in the queue, once, as the system', async () => {
    const requestId = await accepted(component);
    const task = await liveTask(component, requestId, 'legal');
    await component.get(ClaimTaskUseCase).execute(contextOf(expert('legal')), task.id);
    const sweep = component.get(ReleaseExpiredClaimsUseCase);
    const later = new Date(Date.now() + 9 * 3600 * 1000);
    jest.spyOn(component.clock, 'now').mockReturnValue(later);
    expect(await sweep.execute()).toContain(task.id);
    expect(await sweep.execute()).not.toContain(task.id);
    expect(await taskRow(task.id)).toEqual({ status: 'open', assignee_id: null, claimed: false });
    const released = await component.events(requestId, 'review.task_released.v1');
    expect(released).toHaveLength(1);
    expect(released[0]).toMatchObject({
      actor: { id: 'system' },
      payload: { reason: 'claim_lease_expired', previousAssigneeId: 'expert-legal' },
    });
  });
});

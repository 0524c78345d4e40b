import { taskDeadlineJobId } from '@qaztech/review';
import { SubmitOpinionUseCase } from '../../../libs/review/src/opinions/submit-opinion.use-case';
import { ScreenRequestUseCase } from '../../../libs/review/src/screening/screen-request.use-case';
import { ClaimTaskUseCase } from '../../../libs/review/src/tasks/claim-task.use-case';
import { assessmentFor } from '../../support/fixtures';
import { accepted, arrive, liveTask } from './support/case-steps';
import { contextOf, expert, ReviewComponent, SECRETARY } from './support/review-component';

describe('review component: screening and opinions', () => {
  let component: ReviewComponent;

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterAll(async () => {
    await component.close();
  });

  async function heldScreening(requestId: string): Promise<string> {
    const task = await liveTask(component, requestId, 'screening');
    await component.get(ClaimTaskUseCase).execute(contextOf(SECRETARY), task.id);
    return task.id;
  }

  it('accepts for review: screening done, three expert tasks opened with their timers', async () => {
    const requestId = await arrive(component);
    const screeningId = await heldScreening(requestId);
    await component.get(ScreenRequestUseCase).accept(contextOf(SECRETARY), screeningId);
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'expert_review' });
    expect(await component.row('SELECT status, outcome FROM review.tasks WHERE id = $1', [screeningId])).toEqual({
      status: 'done',
      outcome: 'accepted',
    });
    const experts = await component.rows(
      "SELECT id, stage, due_date::text AS due_date FROM review.tasks WHERE request_id = $1 AND status = 'open' ORDER BY stage",
      [requestId],
    );
    expect(experts.map((task) => task.stage)).toEqual(['legal', 'security', 'technical']);
    const acceptance = (await component.events(requestId, 'request.accepted_for_review.v1'))[0]!;
    expect([...acceptance.payload.expertTaskIds].sort()).toEqual(experts.map((task) => task.id).sort());
    expect((await component.eventTypes(requestId)).slice(-4)).toEqual([
      'review.task_created.v1',
      'review.task_created.v1',
      'review.task_created.v1',
      'request.accepted_for_review.v1',
    ]);
    // Opening the expert tasks is the system's step, taken because the secretary accepted.
    const opened = (await component.events(requestId, 'review.task_created.v1')).slice(-3);
    for (const event of opened) {
      expect(event).toMatchObject({ actor: { id: 'system' }, causedBy: { eventId: acceptance.id, actor: { id: SECRETARY.subject } } });
    }
    const timers = await component.timerIds();
    for (const task of experts) expect(timers).toContain(taskDeadlineJobId(task.id, task.due_date));
  });

  it('returns for revision with the remarks, trimmed', async () => {
    const requestId = await arrive(component);
    const screeningId = await heldScreening(requestId);
    const remarks = [{ field: 'budget.amountKzt', remark: '  Нет расчёта  ' }];
    await component.get(ScreenRequestUseCase).returnForRevision(contextOf(SECRETARY), screeningId, { remarks });
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'returned' });
    const [returned] = await component.events(requestId, 'request.returned.v1');
    expect(returned!.payload.remarks).toEqual([{ field: 'budget.amountKzt', remark: 'Нет расчёта' }]);
  });

  it('keeps each opinion; the third makes the case ready for the agenda and opens the agenda task', async () => {
    const requestId = await accepted(component);
    const submit = component.get(SubmitOpinionUseCase);
    for (const stage of ['technical', 'security'] as const) {
      const task = await liveTask(component, requestId, stage);
      await component.get(ClaimTaskUseCase).execute(contextOf(expert(stage)), task.id);
      await submit.execute(contextOf(expert(stage)), task.id, {
        version: 1,
        verdict: 'supports',
        findings: ` ${stage} `,
        ...assessmentFor(stage),
      });
    }
    expect(await component.events(requestId, 'request.ready_for_agenda.v1')).toEqual([]);
    const legal = await liveTask(component, requestId, 'legal');
    await component.get(ClaimTaskUseCase).execute(contextOf(expert('legal')), legal.id);
    const view = await submit.execute(contextOf(expert('legal')), legal.id, {
      version: 1,
      verdict: 'objects',
      findings: 'Нет основания',
      ...assessmentFor('legal'),
    });
    expect(view).toMatchObject({ kind: 'legal', verdict: 'objects', authorId: 'expert-legal' });
    const opinions = await component.rows('SELECT kind, findings FROM review.opinions WHERE request_id = $1 ORDER BY kind', [requestId]);
    expect(opinions).toEqual([
      { kind: 'legal', findings: 'Нет основания' },
      { kind: 'security', findings: 'security' },
      { kind: 'technical', findings: 'technical' },
    ]);
    expect((await component.eventTypes(requestId)).slice(-3)).toEqual([
      'review.opinion_submitted.v1',
      'request.ready_for_agenda.v1',
      'review.task_created.v1',
    ]);
    const [ready] = await component.events(requestId, 'request.ready_for_agenda.v1');
    expect(ready!.payload.opinions).toHaveLength(3);
    expect(ready).toMatchObject({
      actor: { id: 'system' },
      causedBy: { type: 'review.opinion_submitted.v1', actor: { id: 'expert-legal' } },
    });
    const agenda = await liveTask(component, requestId, 'agenda');
    expect(await component.timerIds()).toContain(taskDeadlineJobId(agenda.id, agenda.due_date));
  });

  it('refuses an opinion on a version other than the one under review', async () => {
    const requestId = await accepted(component);
    const task = await liveTask(component, requestId, 'technical');
    await component.get(ClaimTaskUseCase).execute(contextOf(expert('technical')), task.id);
    const before = await component.eventTypes(requestId);
    const body = { version: 2, verdict: 'supports' as const, findings: 'Заключение' };
    await expect(component.get(SubmitOpinionUseCase).execute(contextOf(expert('technical')), task.id, body)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(await component.rows('SELECT 1 FROM review.opinions WHERE request_id = $1', [requestId])).toEqual([]);
    expect(await component.eventTypes(requestId)).toEqual(before);
  });
});

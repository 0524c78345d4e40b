import {
  caseDeadlineJobId,
  CheckCaseDeadlineUseCase,
  CheckExpiryUseCase,
  CheckTaskDeadlineUseCase,
  expiryJobId,
  taskDeadlineJobId,
} from '@qaztech/review';
import { CalendarRepository } from '../../../libs/review/src/calendar/calendar.repository';
import { ReplaceCalendarUseCase } from '../../../libs/review/src/deadlines/replace-calendar.use-case';
import { approved, arrive, liveTask } from './support/case-steps';
import { contextOf, ReviewComponent } from './support/review-component';

const DAY_MS = 24 * 3600 * 1000;
const ADMIN = { subject: 'admin-1', name: 'Администратор', roles: ['admin' as const] };
const almatyDay = (at: Date) => new Date(at.getTime() + 5 * 3600 * 1000).toISOString().slice(0, 10);

describe('review component: deadlines', () => {
  let component: ReviewComponent;

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await component.close();
  });

  const taskOf = (id: string) =>
    component.row(
      'SELECT overdue, priority, escalated_at IS NOT NULL AS escalated, due_date::text AS due_date FROM review.tasks WHERE id = $1',
      [id],
    );

  it('escalates an overdue task once, as the system; before its time it only looks again later', async () => {
    const requestId = await arrive(component);
    const task = await liveTask(component, requestId, 'screening');
    const check = component.get(CheckTaskDeadlineUseCase);
    expect(await check.execute(task.id)).toBe('not_due');
    expect((await component.timerIds()).some((id) => id.startsWith(`${taskDeadlineJobId(task.id, task.due_date)}-recheck-`))).toBe(true);
    const dueAt = (await component.row('SELECT due_at FROM review.tasks WHERE id = $1', [task.id])).due_at as Date;
    jest.spyOn(component.clock, 'now').mockReturnValue(new Date(dueAt.getTime() + 60_000));
    expect(await check.execute(task.id)).toBe('escalated');
    expect(await check.execute(task.id)).toBe('already_escalated');
    expect(await taskOf(task.id)).toEqual({ overdue: true, priority: 1, escalated: true, due_date: task.due_date });
    const missed = await component.events(requestId, 'deadline.missed.v1');
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({
      actor: { id: 'system' },
      payload: { taskId: task.id, stage: 'screening', escalatedTo: 'commission.secretary' },
    });
  });

  it('escalates a whole case past its deadline once, and sets a fresh timer while it is not due', async () => {
    const requestId = await arrive(component);
    const check = component.get(CheckCaseDeadlineUseCase);
    expect(await check.execute(requestId)).toBe('not_due');
    expect(
      (await component.timerIds()).filter((id) => id.startsWith(caseDeadlineJobId(requestId, '')) && id.includes('-recheck-')),
    ).toHaveLength(1);
    jest.spyOn(component.clock, 'now').mockReturnValue(new Date(Date.now() + 40 * DAY_MS));
    expect(await check.execute(requestId)).toBe('escalated');
    expect(await check.execute(requestId)).toBe('already_escalated');
    expect(
      await component.row('SELECT case_escalated_at IS NOT NULL AS escalated FROM review.requests WHERE id = $1', [requestId]),
    ).toEqual({
      escalated: true,
    });
    const [missed] = await component.events(requestId, 'deadline.missed.v1');
    expect(missed).toMatchObject({ actor: { id: 'system' }, payload: { taskId: null, stage: 'case' } });
  });

  it('ends an approval after its last valid day: the decision and the case expire, with one event', async () => {
    const validUntil = almatyDay(new Date(Date.now() + 3 * DAY_MS));
    const { requestId, decisionId } = await approved(component, validUntil);
    const check = component.get(CheckExpiryUseCase);
    expect(await check.execute(decisionId)).toBe('not_due');
    expect((await component.timerIds()).some((id) => id.startsWith(`${expiryJobId(decisionId, validUntil)}-recheck-`))).toBe(true);
    jest.spyOn(component.clock, 'now').mockReturnValue(new Date(Date.now() + 5 * DAY_MS));
    expect(await check.execute(decisionId)).toBe('expired');
    expect(await check.execute(decisionId)).toBe('not_in_force');
    expect(await component.row('SELECT status FROM review.decisions WHERE id = $1', [decisionId])).toEqual({ status: 'expired' });
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'expired' });
    const expired = await component.events(requestId, 'exemption.expired.v1');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ actor: { id: 'system' }, payload: { decisionId, validUntil } });
  });

  it('replaces a year of the calendar: a live task whose due day becomes a day off gets the next working day and a new timer', async () => {
    const requestId = await arrive(component);
    const task = await liveTask(component, requestId, 'screening');
    const year = Number(task.due_date.slice(0, 4));
    const original = await component.dataSource.transaction((manager) => component.get(CalendarRepository).year(manager, year));
    const replace = component.get(ReplaceCalendarUseCase);
    const keep = original.filter((day) => day.date !== task.due_date).map(({ date, kind, name }) => ({ date, kind, name }));
    try {
      await replace.execute(contextOf(ADMIN), year, { days: [...keep, { date: task.due_date, kind: 'day_off', name: 'Перенос' }] });
      const moved = await taskOf(task.id);
      expect(moved.due_date > task.due_date).toBe(true);
      expect(await component.timerIds()).toContain(taskDeadlineJobId(task.id, moved.due_date));
      const [updated] = (await component.events(null, 'calendar.updated.v1')).slice(-1);
      expect(updated).toMatchObject({ actor: { role: 'admin' }, payload: { year } });
      expect(updated!.payload.days).toContainEqual({ date: task.due_date, kind: 'day_off', name: 'Перенос' });
    } finally {
      await replace.execute(contextOf(ADMIN), year, { days: original.map(({ date, kind, name }) => ({ date, kind, name })) });
    }
    expect(await taskOf(task.id)).toMatchObject({ due_date: task.due_date });
  });
});

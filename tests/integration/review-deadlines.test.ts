import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { caseDeadlineJobId, CheckCaseDeadlineUseCase, CheckTaskDeadlineUseCase, DEADLINE_QUEUE, taskDeadlineJobId } from '@qaztech/review';
import { Clock } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { openTestQueue } from '../support/test-queue';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { JobCompletions } from '../support/queue-events';
import { liveTask, reviewEvents, submitCompleteRequest } from '../support/review-flow';

jest.setTimeout(60_000);

describe('review: deadlines on the working-day calendar', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let timers: Queue;
  let completions: JobCompletions;
  let clock: Clock;
  const agencyBin = randomBin();
  let signatory: string;
  let secretary: string;
  let admin: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    clock = testApp.app.get(Clock);
    timers = openTestQueue(testApp.config, DEADLINE_QUEUE);
    completions = await JobCompletions.of(testApp.config, DEADLINE_QUEUE);
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'deadline-secretary' });
    admin = await tokenFor({ roles: ['admin'], subject: 'calendar-admin' });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await timers.close();
    await completions.close();
    await testApp.close();
  });

  it('fires a delayed job at the due date, escalates once to the secretary, and is safe to run twice', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, secretary, 'screening', requestId);
    const job = await eventually(async () => (await timers.getJob(taskDeadlineJobId(task.id, task.dueDate))) ?? undefined);
    expect(await job.isDelayed()).toBe(true);

    // Step past the due time instead of waiting three working days for it.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(task.dueAt) + 60_000));
    await job.promote();
    const [missed] = await eventually(async () => {
      const events = await reviewEvents(dataSource, requestId, 'deadline.missed.v1');
      return events.length > 0 ? events : undefined;
    });
    expect(missed.payload).toEqual({
      taskId: task.id,
      requestId,
      stage: 'screening',
      dueDate: task.dueDate,
      assigneeId: null,
      escalatedTo: 'commission.secretary',
    });
    const overdue = await api('GET', `/review/queues/screening?overdue=true&requestId=${requestId}`, { token: secretary });
    expect(overdue.body.items[0]).toMatchObject({ id: task.id, overdue: true, priority: 1, escalatedAt: expect.any(String) });

    expect(await testApp.app.get(CheckTaskDeadlineUseCase).execute(task.id)).toBe('already_escalated');
    // The same timer again, under an id of its own so the queue runs it: once it has run, still one escalation.
    const againId = `${taskDeadlineJobId(task.id, task.dueDate)}-again`;
    const ran = completions.completed((jobId) => jobId === againId);
    await timers.add('task_deadline', { kind: 'task_deadline', taskId: task.id }, { jobId: againId });
    await ran;
    expect(await reviewEvents(dataSource, requestId, 'deadline.missed.v1')).toHaveLength(1);
  });

  it('escalates a whole case that passes its deadline undecided, once', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await liveTask(api, secretary, 'screening', requestId);
    const caseFile = (await api('GET', `/review/requests/${requestId}`, { token: secretary })).body;
    expect(caseFile).toMatchObject({ caseOverdue: false, caseDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const job = await eventually(async () => (await timers.getJob(caseDeadlineJobId(requestId, caseFile.caseDueDate))) ?? undefined);

    // The end of the due day in Almaty is 19:00 UTC.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(`${caseFile.caseDueDate}T19:01:00Z`)));
    await job.promote();
    const [missed] = await eventually(async () => {
      const events = (await reviewEvents(dataSource, requestId, 'deadline.missed.v1')).filter((event) => event.payload.stage === 'case');
      return events.length > 0 ? events : undefined;
    });
    expect(missed.payload).toEqual({
      taskId: null,
      requestId,
      stage: 'case',
      dueDate: caseFile.caseDueDate,
      assigneeId: null,
      escalatedTo: 'commission.secretary',
    });
    expect((await api('GET', `/review/requests/${requestId}`, { token: secretary })).body.caseOverdue).toBe(true);
    expect(await testApp.app.get(CheckCaseDeadlineUseCase).execute(requestId)).toBe('already_escalated');
  });

  it('puts overdue work first in the inbox, and lets an expert see only their own stage', async () => {
    const expert = await tokenFor({ roles: ['expert.security'] });
    expect((await api('GET', '/review/queues/screening', { token: expert })).body.code).toBe('WRONG_STAGE_ROLE');
    const secretaryView = await api('GET', '/review/queues/security', { token: secretary });
    expect(secretaryView.status).toBe(200);

    await submitCompleteRequest(api, signatory, agencyBin);
    await eventually(async () => {
      const page = await api('GET', '/review/queues/screening?limit=100', { token: secretary });
      return page.body.items.length >= 2 ? page : undefined;
    });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 40 * 24 * 3600 * 1000));
    const first = await api('GET', '/review/queues/screening?limit=1', { token: secretary });
    expect(first.body.items[0].overdue).toBe(true);
    const next = await api('GET', `/review/queues/screening?limit=1&cursor=${first.body.nextCursor}`, { token: secretary });
    expect(next.status).toBe(200);
    expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('keeps the calendar as data an administrator replaces, and moves live deadlines with it', async () => {
    const original = await api('GET', '/review/calendar/2026', { token: admin });
    expect(original.body.days.map((day: any) => day.date)).toEqual(
      expect.arrayContaining(['2026-03-23', '2026-03-24', '2026-03-25', '2026-05-11']),
    );

    const member = await tokenFor({ roles: ['commission.member'] });
    expect((await api('PUT', '/review/calendar/2026', { token: member, body: { days: [] } })).status).toBe(403);
    const invalid = await api('PUT', '/review/calendar/2026', {
      token: admin,
      language: 'en',
      body: {
        days: [
          { date: '2025-12-31', kind: 'day_off', name: 'x' },
          { date: '2026-11-25', kind: 'working_day', name: 'a Wednesday' },
          { date: '2026-01-01', kind: 'day_off', name: 'x' },
          { date: '2026-01-01', kind: 'day_off', name: 'x' },
          { date: '2026-02-30', kind: 'holiday', name: '' },
        ],
      },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details.map((detail: any) => `${detail.field}:${detail.code}`)).toEqual(
      expect.arrayContaining(['days.4.date:INVALID_DATE', 'days.4.kind:NOT_ALLOWED_VALUE', 'days.4.name:REQUIRED']),
    );
    const rules = await api('PUT', '/review/calendar/2026', {
      token: admin,
      body: {
        days: [
          { date: '2025-12-31', kind: 'day_off', name: 'x' },
          { date: '2026-11-25', kind: 'working_day', name: 'a Wednesday' },
          { date: '2026-01-01', kind: 'day_off', name: 'x' },
          { date: '2026-01-01', kind: 'day_off', name: 'x' },
        ],
      },
    });
    expect(rules.body.details.map((detail: any) => `${detail.field}:${detail.code}`)).toEqual([
      'days.0.date:OUTSIDE_YEAR',
      'days.1.kind:MUST_BE_WEEKEND',
      'days.3.date:DUPLICATE_VALUE',
    ]);

    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, secretary, 'screening', requestId);
    const year = task.dueDate.slice(0, 4);
    const current = await api('GET', `/review/calendar/${year}`, { token: admin });
    const extraDayOff = { date: task.dueDate, kind: 'day_off', name: 'Решение Правительства' };
    try {
      const replaced = await api('PUT', `/review/calendar/${year}`, { token: admin, body: { days: [...current.body.days, extraDayOff] } });
      expect(replaced.status).toBe(200);
      const moved = (await api('GET', `/review/tasks/${task.id}`, { token: secretary })).body;
      expect(moved.dueDate > task.dueDate).toBe(true);
      const [updated] = (await dataSource.query(
        "SELECT envelope FROM review.outbox WHERE event_type = 'calendar.updated.v1' ORDER BY position DESC LIMIT 1",
      )) as {
        envelope: any;
      }[];
      expect(updated!.envelope.payload.days).toContainEqual(extraDayOff);

      // A timer set for the old due date finds the task not due yet and changes nothing.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(task.dueAt) + 60_000));
      expect(await testApp.app.get(CheckTaskDeadlineUseCase).execute(task.id)).toBe('not_due');
      expect(await reviewEvents(dataSource, requestId, 'deadline.missed.v1')).toHaveLength(0);
    } finally {
      await api('PUT', `/review/calendar/${year}`, { token: admin, body: { days: current.body.days } });
    }
  });
});

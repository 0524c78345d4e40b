import { DataSource } from 'typeorm';
import { DEADLINE_QUEUE } from '@qaztech/review';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { JobCompletions } from '../support/queue-events';
import { liveTask, reviewEvents, submitCompleteRequest } from '../support/review-flow';

/** A claimed task nobody works on goes back to its queue when its lease runs out. */
describe('review: claim leases', () => {
  const lease = { REVIEW_CLAIM_LEASE_MINUTES: '0.05', REVIEW_CLAIM_SWEEP_SECONDS: '1' };
  const saved: Record<string, string | undefined> = {};
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let sweeps: JobCompletions;

  beforeAll(async () => {
    // The review context reads its rules from the environment when it starts.
    for (const [name, value] of Object.entries(lease)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    sweeps = await JobCompletions.of(testApp.config, DEADLINE_QUEUE);
  });

  afterAll(async () => {
    await sweeps.close();
    await testApp.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('releases a task claimed and left, with the reason, and lets someone else take it', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const absent = await tokenFor({ roles: ['commission.secretary'], subject: 'lease-absent', name: 'Ушедший секретарь' });
    const present = await tokenFor({ roles: ['commission.secretary'], subject: 'lease-present', name: 'Секретарь' });
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, absent, 'screening', requestId);
    expect((await api('POST', `/review/tasks/${task.id}/claim`, { token: absent })).status).toBe(200);

    const released = await eventually(async () => {
      const [event] = await reviewEvents(dataSource, requestId, 'review.task_released.v1');
      return event;
    }, 20_000);
    expect(released.payload).toMatchObject({ taskId: task.id, previousAssigneeId: 'lease-absent', reason: 'claim_lease_expired' });
    expect(released.actor).toMatchObject({ id: 'system', role: 'system' });
    const reopened = await liveTask(api, present, 'screening', requestId);
    expect(reopened).toMatchObject({ id: task.id, status: 'open', assigneeId: null });

    // The one who left no longer holds it; someone else claims and finishes it.
    expect((await api('POST', `/review/tasks/${task.id}/accept`, { token: absent })).body.code).toBe('TASK_NOT_HELD');
    expect((await api('POST', `/review/tasks/${task.id}/claim`, { token: present })).status).toBe(200);
    const accepted = await api('POST', `/review/tasks/${task.id}/accept`, { token: present });
    expect(accepted.status).toBe(200);
    expect(await reviewEvents(dataSource, requestId, 'review.task_released.v1')).toHaveLength(1);
  });

  it('leaves a finished task alone, and releases a held one only once', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'lease-quick', name: 'Быстрый секретарь' });
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, secretary, 'screening', requestId);
    await api('POST', `/review/tasks/${task.id}/claim`, { token: secretary });
    expect((await api('POST', `/review/tasks/${task.id}/accept`, { token: secretary })).status).toBe(200);

    // Experts' tasks appear; one is claimed and left through several sweeps.
    const expert = await tokenFor({ roles: ['expert.legal'], subject: 'lease-legal', name: 'Юрист' });
    const legal = await liveTask(api, expert, 'legal', requestId);
    await api('POST', `/review/tasks/${legal.id}/claim`, { token: expert });
    await eventually(
      async () => ((await reviewEvents(dataSource, requestId, 'review.task_released.v1')).length > 0 ? true : undefined),
      20_000,
    );
    // Two more sweeps run to the end (the second began after the release was seen); the claim
    // sweep is the deadline queue's one repeating job, and BullMQ names its runs `repeat:…`.
    await sweeps.completed((jobId) => jobId.startsWith('repeat:'), 2);

    const releases = await reviewEvents(dataSource, requestId, 'review.task_released.v1');
    expect(releases.map((event) => event.payload.taskId)).toEqual([legal.id]);
    const [screening] = (await dataSource.query('SELECT status FROM review.tasks WHERE id = $1', [task.id])) as { status: string }[];
    expect(screening?.status).toBe('done');
  });
});

import { randomBytes } from 'node:crypto';
import { INTAKE_EVENT_QUEUE } from '@qaztech/intake';
import { QUEUE_DASHBOARD_PATH, QueueDashboard, ROLES } from '@qaztech/platform';
import { ALL_QUEUES } from '../../apps/standalone/src/context-queues';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { deadLetterOn, UNHANDLED_EVENT_TYPE } from '../support/failed-jobs';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';

jest.setTimeout(60_000);

describe('queue dashboard under /admin/queues', () => {
  let testApp: TestApp;
  let api: Api;
  let admin: string;

  beforeAll(async () => {
    testApp = await startTestApp({ QUEUE_PREFIX: `dashboard-${randomBytes(3).toString('hex')}` });
    api = apiClient(testApp.baseUrl);
    admin = await tokenFor({ roles: ['admin'] });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('shows every queue of every context, and a failed job with its reason', async () => {
    const jobId = await deadLetterOn(testApp, INTAKE_EVENT_QUEUE);
    const query = `activeQueue=${encodeURIComponent(INTAKE_EVENT_QUEUE)}&status=failed&page=1&jobsPerPage=10`;
    const answer = await api('GET', `${QUEUE_DASHBOARD_PATH}/api/queues?${query}`, { token: admin });
    expect(answer.status).toBe(200);
    const queues = answer.body.queues as { name: string; counts: Record<string, number>; jobs: { id: string; failedReason: string }[] }[];
    expect(queues.map((queue) => queue.name).sort()).toEqual([...ALL_QUEUES].sort());
    const intake = queues.find((queue) => queue.name === INTAKE_EVENT_QUEUE)!;
    expect(intake.counts.failed).toBeGreaterThanOrEqual(1);
    expect(intake.jobs).toContainEqual(expect.objectContaining({ id: jobId, failedReason: expect.stringContaining(UNHANDLED_EVENT_TYPE) }));
  });

  it('changes nothing, even for the admin: redriving is the jobs command', async () => {
    const jobId = await deadLetterOn(testApp, INTAKE_EVENT_QUEUE);
    const retry = await api('PUT', `${QUEUE_DASHBOARD_PATH}/api/queues/${encodeURIComponent(INTAKE_EVENT_QUEUE)}/${jobId}/retry`, {
      token: admin,
    });
    expect(retry.status).toBe(405);
    const job = await api('GET', `${QUEUE_DASHBOARD_PATH}/api/queues/${encodeURIComponent(INTAKE_EVENT_QUEUE)}/${jobId}`, { token: admin });
    expect(job.body.job).toMatchObject({ id: jobId, failedReason: expect.stringContaining(UNHANDLED_EVENT_TYPE) });
  });

  it('serves its page to the admin', async () => {
    const page = await api('GET', QUEUE_DASHBOARD_PATH, { token: admin });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // The API's policy (default-src 'none') would stop the page's own scripts and styles.
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'.*connect-src 'self'.*frame-ancestors 'none'/);
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.body)![1];
    expect((await api('GET', `${QUEUE_DASHBOARD_PATH}/${script}`, { token: admin })).status).toBe(200);
  });

  it('refuses every one of its routes without a token, and with any role but admin', async () => {
    const routes = testApp.app.get(QueueDashboard).routes();
    expect(routes).toContain(`GET ${QUEUE_DASHBOARD_PATH}/api/queues`);
    const others = await Promise.all(
      ROLES.filter((role) => role !== 'admin').map((role) =>
        tokenFor({ roles: [role], agencyBin: role.startsWith('agency.') ? randomBin() : undefined }),
      ),
    );
    const answers: string[] = [];
    for (const route of routes) {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern.replace(/:[A-Za-z]+/g, 'x').replace('*', 'static/x.js');
      const anonymous = await api(method, path);
      answers.push(`${route} anonymous ${anonymous.status} ${anonymous.body?.code}`);
      for (const token of others) {
        const refused = await api(method, path, { token });
        answers.push(`${route} ${refused.status} ${refused.body?.code}`);
      }
    }
    expect(answers.filter((answer) => !/ anonymous 401 UNAUTHENTICATED$| 403 FORBIDDEN$/.test(answer))).toEqual([]);
  });
});

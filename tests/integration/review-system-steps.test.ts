import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { almatyToday, eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { commission, giveOpinions, liveTask, reviewEvents, submitCompleteRequest } from '../support/review-flow';

jest.setTimeout(60_000);

const SYSTEM = { id: 'system', role: 'system' };

/** The date `days` after today in Kazakhstan. */
function almatyDatePlus(days: number): string {
  const today = new Date(`${almatyToday()}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('review: steps the system takes by itself, and decisions dated by their meeting', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  const agencyBin = randomBin();
  let signatory: string;
  let secretary: string;
  let auditor: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Айгерим Садыкова', subject: 'steps-signatory' });
    secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'steps-secretary', name: 'Секретарь Комиссии' });
    auditor = await tokenFor({ roles: ['auditor'], subject: 'steps-auditor' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** Screening accepted, three opinions given, a meeting on `date` with everyone present, the request placed on it. */
  async function onAgendaOf(requestId: string, date: string, prefix: string) {
    const screening = await liveTask(api, secretary, 'screening', requestId, 1);
    await api('POST', `/review/tasks/${screening.id}/claim`, { token: secretary });
    expect((await api('POST', `/review/tasks/${screening.id}/accept`, { token: secretary })).status).toBe(200);
    await giveOpinions(api, requestId, 1, prefix);
    const board = await commission(agencyBin, prefix);
    const meeting = await api('POST', '/review/meetings', {
      token: secretary,
      body: { date, protocolNumber: `${prefix}-${Date.now()}`, members: board.roster },
    });
    expect(meeting.status).toBe(201);
    const present = { present: board.roster.map((member) => member.id) };
    expect((await api('POST', `/review/meetings/${meeting.body.id}/attendance`, { token: secretary, body: present })).status).toBe(200);
    const placed = await api('POST', `/review/meetings/${meeting.body.id}/agenda`, { token: secretary, body: { requestId } });
    expect(placed.status).toBe(201);
    return { board, itemId: placed.body.id as string };
  }

  it('records the tasks it opens, the readiness for the agenda and the recusals as its own, beside the act that caused them', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const { board, itemId } = await onAgendaOf(requestId, almatyToday(), 'steps');
    const fromApplicant = await tokenFor({ roles: ['commission.member'], subject: 'steps-m2', name: 'Член 2', agencyBin });
    const refused = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: fromApplicant, body: { choice: 'for' } });
    expect(refused.body.code).toBe('RECUSED');
    expect(board.roster[1]!.id).toBe('steps-m1');

    const events = await reviewEvents(dataSource, requestId);
    const one = (type: string) => events.filter((event) => event.type === type);
    const [submitted] = (await dataSource.query(
      "SELECT envelope FROM intake.outbox WHERE aggregate_id = $1 AND event_type = 'request.submitted.v1'",
      [requestId],
    )) as { envelope: any }[];
    const causeOf = (event: any) => ({ eventId: event.id, type: event.type, actor: event.actor });

    const [screeningTask, ...expertTasks] = one('review.task_created.v1');
    expect(screeningTask).toMatchObject({ actor: SYSTEM, causedBy: causeOf(submitted!.envelope) });
    const [accepted] = one('request.accepted_for_review.v1');
    expect(accepted.actor).toMatchObject({ id: 'steps-secretary', role: 'commission.secretary' });
    expect(accepted.causedBy).toBeUndefined();
    const [technical, security, legal, agenda] = expertTasks;
    for (const task of [technical, security, legal]) expect(task).toMatchObject({ actor: SYSTEM, causedBy: causeOf(accepted) });
    const lastOpinion = one('review.opinion_submitted.v1').at(-1);
    expect(lastOpinion.actor).toMatchObject({ id: 'steps-legal', role: 'expert.legal' });
    expect(one('request.ready_for_agenda.v1')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining(SYSTEM), causedBy: causeOf(lastOpinion) }),
    ]);
    expect(agenda).toMatchObject({ actor: SYSTEM, causedBy: causeOf(lastOpinion), payload: { stage: 'agenda' } });
    const [placed] = one('request.placed_on_agenda.v1');
    expect(one('vote.recused.v1')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining(SYSTEM),
        causedBy: causeOf(placed),
        payload: expect.objectContaining({ memberId: 'steps-m1' }),
      }),
      expect.objectContaining({
        actor: expect.objectContaining(SYSTEM),
        causedBy: { eventId: null, type: null, actor: expect.objectContaining({ id: 'steps-m2', role: 'commission.member' }) },
        payload: expect.objectContaining({ memberId: 'steps-m2', grounds: 'applicant_organisation' }),
      }),
    ]);

    // The ledger keeps the system as the actor and the cause beside it, and the history says so.
    const history = await eventually(async () => {
      const answer = await api('GET', `/audit/requests/${requestId}/history`, { token: auditor, language: 'ru' });
      return answer.body.steps?.some((step: any) => step.eventId === refusedRecusalId(events)) ? answer.body : undefined;
    });
    const step = history.steps.find((candidate: any) => candidate.eventId === screeningTask.id);
    expect(step).toMatchObject({
      actor: { id: 'system', role: 'system' },
      causedBy: causeOf(submitted!.envelope),
      what: 'Открыта задача (выполнено системой, вслед за «Заявка подана и зарегистрирована»: Айгерим Садыкова)',
    });
    const recusal = history.steps.find((candidate: any) => candidate.eventId === refusedRecusalId(events));
    expect(recusal.what).toBe('Член комиссии отстранён от голосования (выполнено системой, вслед за непринятое действие: Член 2)');
    const [leaf] = (await dataSource.query('SELECT actor_id, actor_role FROM audit.entries WHERE event_id = $1', [agenda.id])) as any[];
    expect(leaf).toEqual({ actor_id: 'system', actor_role: 'system' });
  });

  it('refuses a decision before the day of its meeting, in the caller’s language, and writes nothing', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const meetingDate = almatyDatePlus(5);
    const { board, itemId } = await onAgendaOf(requestId, meetingDate, 'early');
    for (const token of [board.chair, ...Object.values(board.members).slice(1)]) {
      expect((await api('POST', `/review/agenda-items/${itemId}/votes`, { token, body: { choice: 'against' } })).status).toBe(201);
    }
    expect((await api('POST', `/review/agenda-items/${itemId}/close`, { token: board.chair, body: {} })).status).toBe(200);
    const body = { outcome: 'rejected', reasoning: { kk: 'Негіздеме', ru: 'Обоснование' }, chairPosition: 'Председатель Комиссии' };
    const messages: Record<string, string> = {
      kk: `Шешім отырыс өткізілгенге дейін шығарылмайды: отырыс ${meetingDate} күні.`,
      ru: `Решение нельзя вынести до заседания: заседание назначено на ${meetingDate}.`,
      en: `A decision cannot be issued before its meeting, which is on ${meetingDate}.`,
    };
    for (const [language, message] of Object.entries(messages)) {
      const early = await api('POST', `/review/agenda-items/${itemId}/decision`, { token: board.chair, body, language });
      expect({ status: early.status, code: early.body.code, message: early.body.message }).toEqual({
        status: 409,
        code: 'MEETING_NOT_HELD_YET',
        message,
      });
    }
    expect(await reviewEvents(dataSource, requestId, 'decision.issued.v1')).toEqual([]);
    expect(await dataSource.query('SELECT 1 FROM review.decisions WHERE request_id = $1', [requestId])).toEqual([]);
    const caseFile = await api('GET', `/review/requests/${requestId}`, { token: secretary });
    expect(caseFile.body.status).toBe('on_agenda');
  });
});

function refusedRecusalId(events: any[]): string {
  return events.filter((event) => event.type === 'vote.recused.v1').at(-1).id;
}

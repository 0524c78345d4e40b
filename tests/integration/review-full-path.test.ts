import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { almatyToday, assessmentFor, eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import {
  commission,
  EXPERT_ROLES,
  liveTask,
  meetingWithEveryone,
  readyForAgenda,
  reviewEvents,
  submitCompleteRequest,
  waitForIntakeStatus,
} from '../support/review-flow';

jest.setTimeout(60_000);

describe('review: from a submission to an issued decision', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  const agencyBin = randomBin();
  let signatory: string;
  let secretary: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Айгерим Садыкова' });
    secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'path-secretary', name: 'Секретарь Комиссии' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('screens with one return, takes three opinions on version 2, votes with a recusal and a tie the chair breaks, and decides', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);

    // Screening: returned once with remarks, resubmitted as version 2, accepted.
    const first = await liveTask(api, secretary, 'screening', requestId, 1);
    await api('POST', `/review/tasks/${first.id}/claim`, { token: secretary });
    const remarks = [{ field: 'justification.alternativesAssessed', remark: 'Опишите оценку платформы данных подробнее' }];
    expect((await api('POST', `/review/tasks/${first.id}/return`, { token: secretary, body: { remarks } })).status).toBe(200);
    await waitForIntakeStatus(api, signatory, requestId, 'returned');
    const returned = await api('GET', `/requests/${requestId}`, { token: signatory });
    expect(returned.body.returnRemarks).toEqual(remarks);
    const patched = await api('PATCH', `/requests/${requestId}`, {
      token: signatory,
      headers: { 'if-match': returned.headers.get('etag')! },
      body: { justification: { alternativesAssessed: [{ name: 'QazTech: платформа данных', whyItFails: 'Нет изолированного контура' }] } },
    });
    expect(patched.status).toBe(200);
    expect((await api('POST', `/requests/${requestId}/submit`, { token: signatory })).body.version).toBe(2);
    const second = await liveTask(api, secretary, 'screening', requestId, 2);
    await api('POST', `/review/tasks/${second.id}/claim`, { token: secretary });
    expect((await api('POST', `/review/tasks/${second.id}/accept`, { token: secretary })).status).toBe(200);
    await waitForIntakeStatus(api, signatory, requestId, 'expert_review');

    // Three experts, each naming the version reviewed; an opinion on version 1 is refused.
    for (const [stage, role] of EXPERT_ROLES) {
      const token = await tokenFor({ roles: [role], subject: `path-${stage}`, name: `Эксперт ${stage}` });
      const task = await liveTask(api, token, stage, requestId, 2);
      expect((await api('POST', `/review/tasks/${task.id}/claim`, { token })).status).toBe(200);
      const stale = await api('POST', `/review/tasks/${task.id}/opinion`, {
        token,
        body: { version: 1, verdict: 'supports', findings: '…' },
      });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 409, code: 'STALE_VERSION' });
      const verdict = stage === 'security' ? 'supports_with_conditions' : 'supports';
      const body = {
        version: 2,
        verdict,
        findings: `Секретное заключение ${stage}`,
        proposedConditions: stage === 'security' ? ['Аттестация СТС'] : [],
        ...assessmentFor(stage),
      };
      const given = await api('POST', `/review/tasks/${task.id}/opinion`, { token, body });
      expect(given.status).toBe(201);
      expect(given.body).toMatchObject({ version: 2, kind: stage, verdict });
    }
    expect(await liveTask(api, secretary, 'agenda', requestId, 2)).toMatchObject({ stage: 'agenda', status: 'open' });
    expect((await reviewEvents(dataSource, requestId, 'request.ready_for_agenda.v1')).length).toBe(1);

    // The meeting: seven members present, one of them from the applicant.
    const board = await commission(agencyBin, 'path');
    const meetingId = await meetingWithEveryone(api, secretary, board);
    const placed = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ version: 2, status: 'open', recused: ['path-m1'] });
    const itemId: string = placed.body.id;
    await waitForIntakeStatus(api, signatory, requestId, 'on_agenda');

    const recusedVote = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.members.m1!, body: { choice: 'for' } });
    expect({ status: recusedVote.status, code: recusedVote.body.code }).toEqual({ status: 409, code: 'RECUSED' });
    const ballots: [string, string][] = [
      [board.chair, 'for'],
      [board.members.m2!, 'for'],
      [board.members.m3!, 'for'],
      [board.members.m4!, 'against'],
      [board.members.m5!, 'against'],
      [board.members.m6!, 'against'],
    ];
    for (const [token, choice] of ballots) {
      const cast = await api('POST', `/review/agenda-items/${itemId}/votes`, {
        token,
        body: { choice, reason: choice === 'against' ? 'Есть аналог на платформе' : undefined },
      });
      expect(cast.status).toBe(201);
    }
    const twice = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.members.m2!, body: { choice: 'against' } });
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'ALREADY_VOTED' });
    expect((await api('POST', `/review/agenda-items/${itemId}/close`, { token: board.members.m2!, body: {} })).status).toBe(403);

    const otherChair = await tokenFor({ roles: ['commission.chair'], subject: 'another-chair' });
    const notTheChair = await api('POST', `/review/agenda-items/${itemId}/close`, { token: otherChair, body: {} });
    expect({ status: notTheChair.status, code: notTheChair.body.code }).toEqual({ status: 403, code: 'NOT_A_MEMBER' });
    const closed = await api('POST', `/review/agenda-items/${itemId}/close`, { token: board.chair, body: {} });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({
      itemId,
      outcome: 'carried',
      tally: { for: 3, against: 3, abstain: 0, recused: 1, present: 7, membership: 7, quorumMet: true, castingVote: 'for' },
    });
    const late = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.members.m1!, body: { choice: 'abstain' } });
    expect(late.body.code).toBe('VOTING_CLOSED');

    // The decision must follow the vote, and carries what the register needs.
    const decisionBody = {
      outcome: 'approved_with_conditions',
      conditions: [{ text: 'Пройти аттестацию Государственной технической службы', owner: 'Заявитель', dueDate: '2035-06-30' }],
      reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.' },
      validUntil: '2039-12-31',
      chairPosition: 'Председатель Комиссии',
      acceptedReasons: [0],
      acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod' }],
    };
    const mismatch = await api('POST', `/review/agenda-items/${itemId}/decision`, {
      token: board.chair,
      body: { ...decisionBody, outcome: 'rejected', conditions: undefined, validUntil: undefined },
    });
    expect(mismatch.body.code).toBe('OUTCOME_MISMATCH');
    const noValidity = await api('POST', `/review/agenda-items/${itemId}/decision`, {
      token: board.chair,
      body: { ...decisionBody, validUntil: undefined },
      language: 'en',
    });
    expect(noValidity.status).toBe(400);
    expect(noValidity.body.details).toEqual([{ field: 'validUntil', code: 'REQUIRED', message: 'This field is required.' }]);

    const issued = await api('POST', `/review/agenda-items/${itemId}/decision`, { token: board.chair, body: decisionBody });
    expect(issued.status).toBe(201);
    const again = await api('POST', `/review/agenda-items/${itemId}/decision`, { token: board.chair, body: decisionBody });
    expect(again.body.code).toBe('DECISION_ALREADY_ISSUED');

    const [event] = await reviewEvents(dataSource, requestId, 'decision.issued.v1');
    expect(event.actor).toMatchObject({ id: 'path-chair', role: 'commission.chair' });
    expect(event.payload).toEqual({
      decisionId: issued.body.decisionId,
      decisionNumber: expect.stringMatching(/^QTX-D-\d{4}-\d{4}$/),
      registrationNumber: expect.stringMatching(/^QTX-\d{4}-\d{6}$/),
      requestId,
      version: 2,
      reconsideredDecisionId: null,
      applicant: {
        bin: agencyBin,
        nameKk: 'Қазақстан Республикасының Цифрлық даму министрлігі',
        nameRu: 'Министерство цифрового развития Республики Казахстан',
      },
      system: {
        titleKk: 'Мемлекеттік құпияларды есепке алу жүйесі',
        titleRu: 'Система учёта сведений, составляющих государственные секреты',
        titleEn: null,
      },
      reasonCategories: ['state_secrets'],
      dataCategories: ['restricted_personal_data', 'dsp'],
      budget: { amountKzt: '1250000000.00', fundingSource: 'republican_budget' },
      outcome: 'approved_with_conditions',
      conditions: decisionBody.conditions,
      validUntil: '2039-12-31',
      reasoning: { ...decisionBody.reasoning, en: null },
      meeting: { id: meetingId, date: almatyToday(), protocolNumber: expect.any(String) },
      tally: closed.body.tally,
      issuedAt: expect.any(String),
      chair: { name: 'Председатель Комиссии', position: 'Председатель Комиссии' },
      acceptedReasons: [0],
      acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod', gap: 'insufficient' }],
      capabilitiesFoundMissing: [{ capabilityId: 'env-prod', gap: 'insufficient' }],
    });
    expect(JSON.stringify(event.payload)).not.toMatch(/Секретное заключение|Айгерим|a\.sadykova|sha256/);

    await waitForIntakeStatus(api, signatory, requestId, 'decided');
    const caseFile = await api('GET', `/review/requests/${requestId}`, { token: secretary });
    expect(caseFile.body).toMatchObject({
      status: 'decided',
      version: 2,
      caseDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      caseOverdue: false,
    });
    expect(caseFile.body.decisions).toEqual([expect.objectContaining({ id: issued.body.decisionId, status: 'in_force' })]);
    expect(caseFile.body.opinions.map((opinion: any) => opinion.version)).toEqual([2, 2, 2]);
    const withdraw = await api('POST', `/requests/${requestId}/withdraw`, { token: signatory, body: { reason: 'Передумали' } });
    expect({ status: withdraw.status, code: withdraw.body.code }).toEqual({ status: 409, code: 'INVALID_TRANSITION' });

    const minutes = await api('GET', `/review/meetings/${meetingId}/minutes`, { token: board.members.m3! });
    expect(minutes.status).toBe(200);
    expect(minutes.body).toMatchObject({ meetingId, present: board.roster.map((member) => member.id), absent: [] });
    const [item] = minutes.body.items;
    expect(item).toMatchObject({
      itemId,
      outcome: 'carried',
      decision: { id: issued.body.decisionId, outcome: 'approved_with_conditions' },
    });
    expect(item.recusals).toEqual([expect.objectContaining({ memberId: 'path-m1', grounds: 'applicant_organisation' })]);
    expect(item.votes).toHaveLength(6);

    const types = (await reviewEvents(dataSource, requestId)).map((envelope) => envelope.type);
    for (const type of [
      'request.screening_started.v1',
      'request.returned.v1',
      'request.accepted_for_review.v1',
      'review.opinion_submitted.v1',
      'request.placed_on_agenda.v1',
      'vote.recused.v1',
      'vote.cast.v1',
      'agenda.item_closed.v1',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('counts one vote when a member votes five times at once, and refuses a member who declared a conflict', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await readyForAgenda(api, secretary, requestId);
    const board = await commission(randomBin(), 'race');
    const meetingId = await meetingWithEveryone(api, secretary, board);
    const itemId = (await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } })).body.id;
    expect(itemId).toEqual(expect.any(String));

    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.members.m2!, body: { choice: 'for' } }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await reviewEvents(dataSource, requestId, 'vote.cast.v1')).length).toBe(1);

    const declared = await api('POST', `/review/agenda-items/${itemId}/conflicts`, {
      token: board.members.m3!,
      body: { reason: 'Родственник в руководстве заявителя' },
    });
    expect(declared.body).toMatchObject({ choice: 'recused', grounds: 'declared_conflict' });
    const vote = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.members.m3!, body: { choice: 'for' } });
    expect(vote.body.code).toBe('RECUSED');
    const fromApplicant = await tokenFor({ roles: ['commission.member'], subject: 'race-m5', name: 'Член 5', agencyBin });
    const ownVote = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: fromApplicant, body: { choice: 'for' } });
    expect(ownVote.body.code).toBe('RECUSED');
    const recusals = await reviewEvents(dataSource, requestId, 'vote.recused.v1');
    expect(recusals.map((event) => [event.payload.memberId, event.payload.grounds])).toEqual([
      ['race-m3', 'declared_conflict'],
      ['race-m5', 'applicant_organisation'],
    ]);
    const outsider = await tokenFor({ roles: ['commission.member'], subject: 'not-on-the-roster' });
    expect((await api('POST', `/review/agenda-items/${itemId}/votes`, { token: outsider, body: { choice: 'for' } })).body.code).toBe(
      'NOT_A_MEMBER',
    );
    const bad = await api('POST', `/review/agenda-items/${itemId}/votes`, {
      token: board.members.m4!,
      body: { choice: 'maybe' },
      language: 'kk',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]).toMatchObject({ field: 'choice', code: 'NOT_ALLOWED_VALUE' });
  });

  it('validates meetings: exactly one chair, distinct members, known attendees, a free protocol number', async () => {
    const members = [
      { id: 'v-1', name: 'Первый', chair: true },
      { id: 'v-1', name: 'Дубль', organisationBin: '123' },
    ];
    const bad = await api('POST', '/review/meetings', {
      token: secretary,
      language: 'kk',
      body: { date: '2026-02-30', protocolNumber: 'v/1', members },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((detail: any) => `${detail.field}:${detail.code}`)).toEqual([
      'date:INVALID_DATE',
      'members.1.organisationBin:INVALID_BIN',
    ]);
    const roster = await api('POST', '/review/meetings', {
      token: secretary,
      language: 'en',
      body: {
        date: '2026-12-11',
        protocolNumber: 'v/1',
        members: [
          { id: 'v-1', name: 'Первый' },
          { id: 'v-1', name: 'Дубль' },
        ],
      },
    });
    expect(roster.body.details).toEqual([
      { field: 'members', code: 'EXACTLY_ONE_CHAIR', message: 'The members must include exactly one chair.' },
      { field: 'members.1.id', code: 'DUPLICATE_VALUE', message: 'The value is repeated.' },
    ]);
    const body = { date: '2026-12-11', protocolNumber: `v/${Date.now()}`, members: [{ id: 'v-1', name: 'Первый', chair: true }] };
    const created = await api('POST', '/review/meetings', { token: secretary, body });
    expect(created.status).toBe(201);
    const taken = await api('POST', '/review/meetings', { token: secretary, body });
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: 'PROTOCOL_NUMBER_TAKEN' });
    const stranger = await api('POST', `/review/meetings/${created.body.id}/attendance`, {
      token: secretary,
      body: { present: ['v-1', 'v-9'] },
    });
    expect(stranger.body.details).toEqual([expect.objectContaining({ field: 'present.1', code: 'UNKNOWN_MEMBER' })]);
  });

  it('defers an item without a quorum and puts the request back before the agenda', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await readyForAgenda(api, secretary, requestId);
    const board = await commission(randomBin(), 'thin');
    const meetingId = await meetingWithEveryone(
      api,
      secretary,
      board,
      board.roster.slice(0, 4).map((member) => member.id),
    );
    const itemId = (await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } })).body.id;
    await api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.chair, body: { choice: 'for' } });
    const absent = await api('POST', `/review/agenda-items/${itemId}/votes`, { token: board.members.m6!, body: { choice: 'for' } });
    expect(absent.body.code).toBe('NOT_PRESENT');
    const otherChair = await tokenFor({ roles: ['commission.chair'], subject: 'another-chair' });
    const notTheChair = await api('POST', `/review/agenda-items/${itemId}/close`, { token: otherChair, body: {} });
    expect({ status: notTheChair.status, code: notTheChair.body.code }).toEqual({ status: 403, code: 'NOT_A_MEMBER' });
    const closed = await api('POST', `/review/agenda-items/${itemId}/close`, { token: board.chair, body: {} });
    expect(closed.body).toMatchObject({ outcome: 'no_quorum', tally: { quorumMet: false, present: 4, membership: 7 } });
    await waitForIntakeStatus(api, signatory, requestId, 'expert_review');
    await eventually(async () => (await liveTask(api, secretary, 'agenda', requestId)) ?? undefined);
    const decided = await api('POST', `/review/agenda-items/${itemId}/decision`, {
      token: board.chair,
      body: { outcome: 'deferred', reasoning: { kk: 'Кворум жоқ', ru: 'Нет кворума' }, chairPosition: 'Председатель' },
    });
    expect(decided.body.code).toBe('OUTCOME_MISMATCH');
  });
});

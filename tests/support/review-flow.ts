import { DataSource } from 'typeorm';
import { tokenFor } from './app';
import { almatyToday, assessmentFor, completeRequest, eventually, SAMPLE_FILES, uploadForm } from './fixtures';
import { Api } from './http-client';

/** Creates, completes and submits a request as the agency; returns its id. */
export async function submitCompleteRequest(
  api: Api,
  signatory: string,
  agencyBin: string,
  body: object = completeRequest(agencyBin),
): Promise<string> {
  const created = await api('POST', '/requests', { token: signatory, body });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id: string = created.body.id;
  for (const kind of ['feasibility_study', 'technical_specification']) {
    const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
    const attached = await api('POST', `/requests/${id}/attachments`, { token: signatory, body: form });
    if (attached.status !== 201) throw new Error(`attach failed: ${attached.status}`);
  }
  const submitted = await api('POST', `/requests/${id}/submit`, { token: signatory });
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return id;
}

/** Waits for the live task of a stage for a request to show in the stage's queue. */
export async function liveTask(api: Api, token: string, stage: string, requestId: string, version?: number): Promise<any> {
  return eventually(async () => {
    const response = await api('GET', `/review/queues/${stage}?requestId=${requestId}`, { token });
    if (response.status !== 200) throw new Error(`queue ${stage}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.items.find((task: any) => version === undefined || task.version === version);
  });
}

export async function intakeStatus(api: Api, token: string, requestId: string): Promise<string> {
  const response = await api('GET', `/requests/${requestId}`, { token });
  return response.body.status;
}

export async function waitForIntakeStatus(api: Api, token: string, requestId: string, status: string): Promise<void> {
  await eventually(async () => ((await intakeStatus(api, token, requestId)) === status ? true : undefined));
}

/** The review outbox's events of a request, oldest first. */
export async function reviewEvents(dataSource: DataSource, requestId: string, type?: string): Promise<any[]> {
  const rows = (await dataSource.query(
    `SELECT envelope FROM review.outbox WHERE aggregate_id = $1 AND ($2::text IS NULL OR event_type = $2) ORDER BY position`,
    [requestId, type ?? null],
  )) as { envelope: any }[];
  return rows.map((row) => row.envelope);
}

export const EXPERT_ROLES = [
  ['technical', 'expert.technical'],
  ['security', 'expert.security'],
  ['legal', 'expert.legal'],
] as const;

/** Screening accepted and the three opinions given: the request is ready for an agenda. */
export async function readyForAgenda(api: Api, secretary: string, requestId: string, version = 1): Promise<void> {
  const screening = await liveTask(api, secretary, 'screening', requestId, version);
  await api('POST', `/review/tasks/${screening.id}/claim`, { token: secretary });
  const accepted = await api('POST', `/review/tasks/${screening.id}/accept`, { token: secretary });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  await giveOpinions(api, requestId, version, 'expert');
}

export async function giveOpinions(api: Api, requestId: string, version: number, subjectPrefix: string): Promise<void> {
  for (const [stage, role] of EXPERT_ROLES) {
    const token = await tokenFor({ roles: [role], subject: `${subjectPrefix}-${stage}`, name: `Эксперт ${stage}` });
    const task = await liveTask(api, token, stage, requestId, version);
    const claimed = await api('POST', `/review/tasks/${task.id}/claim`, { token });
    if (claimed.status !== 200) throw new Error(`claim ${stage} failed: ${JSON.stringify(claimed.body)}`);
    const body = { version, verdict: 'supports', findings: `Заключение (${stage})`, ...assessmentFor(stage) };
    const given = await api('POST', `/review/tasks/${task.id}/opinion`, { token, body });
    if (given.status !== 201) throw new Error(`opinion ${stage} failed: ${JSON.stringify(given.body)}`);
  }
}

export interface Commission {
  chair: string;
  members: Record<string, string>;
  roster: { id: string; name: string; organisationBin?: string; chair?: boolean }[];
}

/** A chair and six members; `m1` works for `applicantBin`. */
export async function commission(applicantBin: string, prefix: string): Promise<Commission> {
  const roster = [
    { id: `${prefix}-chair`, name: 'Председатель', chair: true },
    { id: `${prefix}-m1`, name: 'Член 1', organisationBin: applicantBin },
    ...[2, 3, 4, 5, 6].map((n) => ({ id: `${prefix}-m${n}`, name: `Член ${n}` })),
  ];
  const members: Record<string, string> = {};
  for (const member of roster.slice(1)) {
    members[member.id.replace(`${prefix}-`, '')] = await tokenFor({ roles: ['commission.member'], subject: member.id, name: member.name });
  }
  const chair = await tokenFor({ roles: ['commission.chair'], subject: `${prefix}-chair`, name: 'Председатель Комиссии' });
  return { chair, members, roster };
}

let protocolCounter = 0;

/** A meeting of the whole commission held today, everyone present. */
export async function meetingWithEveryone(api: Api, secretary: string, board: Commission, present?: string[]): Promise<string> {
  protocolCounter += 1;
  const created = await api('POST', '/review/meetings', {
    token: secretary,
    body: { date: almatyToday(), protocolNumber: `${Date.now()}-${protocolCounter}`, members: board.roster },
  });
  if (created.status !== 201) throw new Error(`meeting failed: ${JSON.stringify(created.body)}`);
  const attended = await api('POST', `/review/meetings/${created.body.id}/attendance`, {
    token: secretary,
    body: { present: present ?? board.roster.map((member) => member.id) },
  });
  if (attended.status !== 200) throw new Error(`attendance failed: ${JSON.stringify(attended.body)}`);
  return created.body.id;
}

/** A request through screening and opinions onto a fresh meeting's agenda; returns the agenda item id. */
export async function onAgenda(api: Api, secretary: string, board: Commission, requestId: string): Promise<string> {
  await readyForAgenda(api, secretary, requestId);
  const meetingId = await meetingWithEveryone(api, secretary, board);
  const placed = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
  if (placed.status !== 201) throw new Error(`agenda failed: ${JSON.stringify(placed.body)}`);
  return placed.body.id;
}

/** Everyone votes against, the chair closes and rejects; returns the decision id. */
export async function rejectOnAgenda(api: Api, board: Commission, agendaItemId: string): Promise<string> {
  for (const token of [board.chair, ...Object.values(board.members)]) {
    await api('POST', `/review/agenda-items/${agendaItemId}/votes`, { token, body: { choice: 'against' } });
  }
  const closed = await api('POST', `/review/agenda-items/${agendaItemId}/close`, { token: board.chair, body: {} });
  if (closed.status !== 200) throw new Error(`close failed: ${JSON.stringify(closed.body)}`);
  const issued = await api('POST', `/review/agenda-items/${agendaItemId}/decision`, {
    token: board.chair,
    body: { outcome: 'rejected', reasoning: { kk: 'Негіздеме', ru: 'Обоснование' }, chairPosition: 'Председатель Комиссии' },
  });
  if (issued.status !== 201) throw new Error(`decision failed: ${JSON.stringify(issued.body)}`);
  return issued.body.decisionId;
}

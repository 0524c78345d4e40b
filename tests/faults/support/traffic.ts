import { tokenFor } from '../../support/app';
import { assessmentFor, completeRequest, randomBin, SAMPLE_FILES, uploadForm } from '../../support/fixtures';
import { Api, ApiResponse } from '../../support/http-client';
import { commission, Commission, EXPERT_ROLES } from '../../support/review-flow';

/** Conflicts that, on a call retried after a fault, mean the first attempt had already done it. */
const ALREADY_DONE = new Set(['TASK_CLOSED', 'ALREADY_VOTED', 'VOTING_CLOSED', 'DECISION_ALREADY_ISSUED']);

export interface TrafficPlan {
  requests: number;
  /** Every n-th request goes all the way to a decision. */
  fullEvery: number;
  /** Every n-th request's screening task is first claimed by someone who then leaves it. */
  abandonEvery: number;
  lanes: number;
  /** How long a claim holds (REVIEW_CLAIM_LEASE_MINUTES of the cluster), in ms. */
  claimLeaseMs: number;
}

/** A claim lasts this long in the fault runs, so that abandoned claims lapse within a run. */
export const FAULT_RUN_CLAIM_LEASE_MINUTES = 0.05;

export interface Traffic {
  screened: string[];
  decided: string[];
  abandonedTasks: string[];
}

interface Actors {
  secretary: string;
  absentSecretary: string;
  experts: Record<string, string>;
  board: Commission;
}

/** Expects one of `statuses`, or an "already done" conflict on a call the client had to retry. */
function expectDone(step: string, response: ApiResponse & { retried?: boolean }, statuses: number[]): any {
  if (statuses.includes(response.status)) return response.body;
  if (response.retried && response.status === 409 && ALREADY_DONE.has(response.body?.code)) return response.body;
  throw new Error(`${step}: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Creates, documents and submits a request; idempotency keys make a retried create or submit one. */
async function submitted(api: Api, index: number): Promise<string> {
  const agencyBin = randomBin();
  const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Подписант' });
  const key = `faults-${process.pid}-${index}`;
  const created = await api('POST', '/requests', {
    token: signatory,
    body: completeRequest(agencyBin),
    headers: { 'idempotency-key': `${key}-create` },
  });
  const id: string = expectDone('create', created, [201]).id;
  for (const kind of ['feasibility_study', 'technical_specification']) {
    const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
    expectDone('attach', await api('POST', `/requests/${id}/attachments`, { token: signatory, body: form }), [201]);
  }
  expectDone(
    'submit',
    await api('POST', `/requests/${id}/submit`, { token: signatory, headers: { 'idempotency-key': `${key}-submit` } }),
    [200],
  );
  return id;
}

/** A task of `stage` for the request, waited for as long as faults may delay the event behind it. */
async function taskOf(api: Api, token: string, stage: string, requestId: string): Promise<any> {
  return poll(async () => {
    const response = await api('GET', `/review/queues/${stage}?requestId=${requestId}`, { token });
    return response.status === 200 ? response.body.items[0] : undefined;
  });
}

/** Polls gently: eight clients polling every few milliseconds would be a load test of their own. */
async function poll<T>(probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * Claims a task, waiting while someone else holds it (a claim left behind expires); returns when
 * the claim that succeeded was sent, which is no later than the moment the system took it.
 */
async function claim(api: Api, token: string, taskId: string): Promise<number> {
  return poll(async () => {
    const sentAt = Date.now();
    const claimed = await api('POST', `/review/tasks/${taskId}/claim`, { token });
    if (claimed.status === 200) return sentAt;
    if (claimed.body?.code === 'TASK_ALREADY_CLAIMED') return undefined;
    throw new Error(`claim: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  });
}

/**
 * Claims a task and acts on it. On a loaded machine, with faults retried, the act can come after
 * the claim's short lease has run out and the sweep has given the task back: then, and only then
 * (the claim was sent a whole lease before the refusal came back), the reviewer claims it again,
 * as a person would. "Not held" any sooner is a claim the system lost, and fails the run.
 */
async function actOnClaimed(
  api: Api,
  token: string,
  taskId: string,
  plan: TrafficPlan,
  step: string,
  act: () => Promise<ApiResponse>,
  statuses: number[],
): Promise<void> {
  for (;;) {
    const claimSentAt = await claim(api, token, taskId);
    const response = await act();
    const leaseLapsed = response.status === 409 && response.body?.code === 'TASK_NOT_HELD' && Date.now() - claimSentAt >= plan.claimLeaseMs;
    if (!leaseLapsed) {
      expectDone(step, response, statuses);
      return;
    }
  }
}

async function screen(api: Api, actors: Actors, requestId: string, abandon: boolean, traffic: Traffic, plan: TrafficPlan): Promise<void> {
  const task = await taskOf(api, actors.secretary, 'screening', requestId);
  if (abandon) {
    expectDone('abandoned claim', await api('POST', `/review/tasks/${task.id}/claim`, { token: actors.absentSecretary }), [200]);
    traffic.abandonedTasks.push(task.id);
  }
  const accept = () => api('POST', `/review/tasks/${task.id}/accept`, { token: actors.secretary });
  await actOnClaimed(api, actors.secretary, task.id, plan, 'accept', accept, [200]);
}

async function opinions(api: Api, actors: Actors, requestId: string, plan: TrafficPlan): Promise<void> {
  for (const [stage] of EXPERT_ROLES) {
    const token = actors.experts[stage]!;
    const task = await taskOf(api, token, stage, requestId);
    const body = { version: 1, verdict: 'supports', findings: `Заключение (${stage})`, ...assessmentFor(stage) };
    const opinion = () => api('POST', `/review/tasks/${task.id}/opinion`, { token, body });
    await actOnClaimed(api, token, task.id, plan, `opinion ${stage}`, opinion, [201]);
  }
}

export { expectDone, taskOf };
export type { Actors };

export async function actors(prefix: string): Promise<Actors> {
  const experts: Record<string, string> = {};
  for (const [stage, role] of EXPERT_ROLES)
    experts[stage] = await tokenFor({ roles: [role], subject: `${prefix}-${stage}`, name: `Эксперт ${stage}` });
  return {
    secretary: await tokenFor({ roles: ['commission.secretary'], subject: `${prefix}-secretary`, name: 'Секретарь' }),
    absentSecretary: await tokenFor({ roles: ['commission.secretary'], subject: `${prefix}-absent`, name: 'Ушедший секретарь' }),
    experts,
    board: await commission(randomBin(), `${prefix}-board`),
  };
}

/** Runs the plan: `lanes` clients at once, each taking the next request until all are done. */
export async function runTraffic(
  api: Api,
  plan: TrafficPlan,
  actorsOf: Actors,
  decide: (requestId: string) => Promise<void>,
): Promise<Traffic> {
  const traffic: Traffic = { screened: [], decided: [], abandonedTasks: [] };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < plan.requests) {
      const index = next++;
      const requestId = await submitted(api, index);
      await screen(api, actorsOf, requestId, index % plan.abandonEvery === 1, traffic, plan);
      if (index % plan.fullEvery !== 0) {
        traffic.screened.push(requestId);
        continue;
      }
      await opinions(api, actorsOf, requestId, plan);
      await decide(requestId);
      traffic.decided.push(requestId);
    }
  };
  await Promise.all(Array.from({ length: plan.lanes }, lane));
  return traffic;
}

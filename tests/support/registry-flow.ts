import { randomBin, completeRequest, eventually } from './fixtures';
import { Api } from './http-client';
import { Commission, commission, meetingWithEveryone, readyForAgenda, submitCompleteRequest } from './review-flow';
import { tokenFor } from './app';

export interface Decided {
  requestId: string;
  decisionId: string;
  decisionNumber: string;
}

export interface DecisionOptions {
  /** Overrides of the request body the agency submits. */
  request?: (body: ReturnType<typeof completeRequest>) => object;
  decision?: Record<string, unknown>;
  vote?: 'for' | 'against';
}

/** A Commission with its secretary, ready to decide requests of any agency. */
export interface Board extends Commission {
  secretary: string;
}

export async function board(prefix: string): Promise<Board> {
  const secretary = await tokenFor({ roles: ['commission.secretary'], subject: `${prefix}-secretary`, name: 'Секретарь' });
  return { ...(await commission(randomBin(), prefix)), secretary };
}

/** Submits a request for `agencyBin`, screens it, takes opinions, votes and issues the decision. */
export async function decideRequest(api: Api, commissionBoard: Board, agencyBin: string, options: DecisionOptions = {}): Promise<Decided> {
  const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Подписант' });
  const body = options.request ? options.request(completeRequest(agencyBin)) : completeRequest(agencyBin);
  const requestId = await submitCompleteRequest(api, signatory, agencyBin, body);
  await readyForAgenda(api, commissionBoard.secretary, requestId);
  return decideReady(api, commissionBoard, requestId, options);
}

/** A request already ready for an agenda: a meeting, everyone votes `vote`, the chair decides. */
export async function decideReady(api: Api, commissionBoard: Board, requestId: string, options: DecisionOptions = {}): Promise<Decided> {
  const { secretary, chair, members } = commissionBoard;
  const meetingId = await meetingWithEveryone(api, secretary, commissionBoard);
  const placed = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
  if (placed.status !== 201) throw new Error(`agenda failed: ${JSON.stringify(placed.body)}`);
  for (const token of [chair, ...Object.values(members)]) {
    const cast = await api('POST', `/review/agenda-items/${placed.body.id}/votes`, { token, body: { choice: options.vote ?? 'for' } });
    if (cast.status !== 201) throw new Error(`vote failed: ${JSON.stringify(cast.body)}`);
  }
  await api('POST', `/review/agenda-items/${placed.body.id}/close`, { token: chair, body: {} });
  const body = {
    outcome: 'approved',
    validUntil: '2040-12-31',
    reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.' },
    chairPosition: 'Председатель Комиссии',
    ...options.decision,
  };
  const issued = await api('POST', `/review/agenda-items/${placed.body.id}/decision`, { token: chair, body });
  if (issued.status !== 201) throw new Error(`decision failed: ${JSON.stringify(issued.body)}`);
  return { requestId, decisionId: issued.body.decisionId, decisionNumber: issued.body.decisionNumber };
}

/** Waits until the register serves `recordNumber`, and returns its JSON. */
export async function publishedRecord(api: Api, recordNumber: string): Promise<any> {
  return eventually(async () => {
    const response = await api('GET', `/public/decisions/${recordNumber}`);
    return response.status === 200 ? response.body : undefined;
  }, 15_000);
}

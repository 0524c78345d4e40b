import { randomUUID } from 'node:crypto';
import { EventEnvelope, RequestSubmittedV1 } from '@qaztech/contracts';
import { Principal } from '@qaztech/platform';
import { IssueDecisionUseCase } from '../../../../libs/review/src/decisions/issue-decision.use-case';
import { RequestSubmittedHandler } from '../../../../libs/review/src/intake-events/request-submitted.handler';
import { PlaceOnAgendaUseCase } from '../../../../libs/review/src/meetings/place-on-agenda.use-case';
import { ScheduleMeetingUseCase } from '../../../../libs/review/src/meetings/schedule-meeting.use-case';
import { SubmitOpinionUseCase } from '../../../../libs/review/src/opinions/submit-opinion.use-case';
import { ScreenRequestUseCase } from '../../../../libs/review/src/screening/screen-request.use-case';
import { ClaimTaskUseCase } from '../../../../libs/review/src/tasks/claim-task.use-case';
import { CastVoteUseCase } from '../../../../libs/review/src/voting/cast-vote.use-case';
import { CloseItemUseCase } from '../../../../libs/review/src/voting/close-item.use-case';
import { assessmentFor, completeRequest, randomBin } from '../../../support/fixtures';
import { contextOf, expert, ReviewComponent, SECRETARY } from './review-component';

/** What intake announces when a version is submitted. */
export function submittedEvent(requestId: string, bin: string, version = 1): EventEnvelope<'request.submitted.v1', RequestSubmittedV1> {
  return {
    id: randomUUID(),
    type: 'request.submitted.v1',
    source: 'intake',
    sequence: 1,
    occurredAt: new Date().toISOString(),
    aggregateId: requestId,
    actor: { id: 'signatory-1', role: 'agency.signatory', name: 'Подписант', agencyBin: bin },
    correlationId: `intake-${randomUUID()}`,
    payload: {
      requestId,
      agencyBin: bin,
      registrationNumber: `QTX-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      version,
      submittedAt: new Date().toISOString(),
      content: completeRequest(bin) as unknown as RequestSubmittedV1['content'],
      attachments: [],
    },
  };
}

/** A version arrives from intake, as the event worker would hand it over: in a transaction of its own. */
export async function arrive(
  component: ReviewComponent,
  requestId: string = randomUUID(),
  bin = randomBin(),
  version = 1,
): Promise<string> {
  const handler = component.get(RequestSubmittedHandler);
  component.cases.add(requestId);
  await component.dataSource.transaction((manager) => handler.handle(submittedEvent(requestId, bin, version), manager));
  return requestId;
}

export async function liveTask(component: ReviewComponent, requestId: string, stage: string): Promise<{ id: string; due_date: string }> {
  const task = await component.row(
    `SELECT id, due_date::text AS due_date FROM review.tasks WHERE request_id = $1 AND stage = $2 AND status IN ('open', 'claimed')`,
    [requestId, stage],
  );
  if (!task) throw new Error(`no live ${stage} task for ${requestId}`);
  return task;
}

/** Screening accepted: three expert tasks open. */
export async function accepted(component: ReviewComponent, requestId = randomUUID(), bin = randomBin()): Promise<string> {
  await arrive(component, requestId, bin);
  const screening = await liveTask(component, requestId, 'screening');
  await component.get(ClaimTaskUseCase).execute(contextOf(SECRETARY), screening.id);
  await component.get(ScreenRequestUseCase).accept(contextOf(SECRETARY), screening.id);
  return requestId;
}

/** The three opinions given: the case waits for an agenda. */
export async function readyForAgenda(component: ReviewComponent, requestId = randomUUID(), bin = randomBin()): Promise<string> {
  await accepted(component, requestId, bin);
  for (const stage of ['technical', 'security', 'legal'] as const) {
    const task = await liveTask(component, requestId, stage);
    await component.get(ClaimTaskUseCase).execute(contextOf(expert(stage)), task.id);
    const body = { version: 1, verdict: 'supports' as const, findings: `Заключение (${stage})`, ...assessmentFor(stage) };
    await component.get(SubmitOpinionUseCase).execute(contextOf(expert(stage)), task.id, body);
  }
  return requestId;
}

export const CHAIR: Principal = { subject: 'chair-1', name: 'Председатель', roles: ['commission.chair'] };
export const MEMBERS: Principal[] = [1, 2, 3].map((n) => ({ subject: `member-${n}`, name: `Член ${n}`, roles: ['commission.member'] }));

/** A meeting of the chair and three members, all present. */
export async function meetingHeld(component: ReviewComponent, applicantMember?: { bin: string }, date = '2026-01-15'): Promise<string> {
  const members = [CHAIR, ...MEMBERS].map((member, index) => ({
    id: member.subject,
    name: member.name,
    chair: index === 0,
    organisationBin: index === 3 ? applicantMember?.bin : undefined,
  }));
  const body = { date, protocolNumber: `C-${randomUUID()}`, members };
  const meeting = await component.get(ScheduleMeetingUseCase).schedule(contextOf(SECRETARY), body);
  await component.get(ScheduleMeetingUseCase).recordAttendance(contextOf(SECRETARY), meeting.id, { present: members.map((m) => m.id) });
  return meeting.id;
}

export async function onAgenda(component: ReviewComponent, requestId: string, meetingId: string): Promise<string> {
  return (await component.get(PlaceOnAgendaUseCase).execute(contextOf(SECRETARY), meetingId, requestId)).id;
}

/** Everyone votes for and the chair closes: the item is carried. */
export async function carried(component: ReviewComponent, itemId: string): Promise<void> {
  for (const voter of [CHAIR, ...MEMBERS]) await component.get(CastVoteUseCase).vote(contextOf(voter), itemId, { choice: 'for' });
  await component.get(CloseItemUseCase).execute(contextOf(CHAIR), itemId, {});
}

export const REASONING = { kk: 'Негіздеме', ru: 'Обоснование' };

/** A case approved until `validUntil`; returns the request, the item and the decision. */
export async function approved(
  component: ReviewComponent,
  validUntil = '2030-12-31',
  bin = randomBin(),
): Promise<{ requestId: string; itemId: string; decisionId: string; bin: string }> {
  const requestId = await readyForAgenda(component, randomUUID(), bin);
  const itemId = await onAgenda(component, requestId, await meetingHeld(component));
  await carried(component, itemId);
  const body = { outcome: 'approved' as const, reasoning: REASONING, validUntil, chairPosition: 'Председатель Комиссии' };
  const decision = await component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, body);
  return { requestId, itemId, decisionId: decision.decisionId, bin };
}

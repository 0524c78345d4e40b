import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DecisionIssuedV1, RequestAction } from '@qaztech/contracts';
import { DomainError, RequestContext } from '@qaztech/platform';
import { almatyDate } from '../calendar/working-days';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { assertChairOf } from '../meetings/meeting.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { Act, actorOf, systemStepAfter } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { transition } from '../shared/transition';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { decisionFieldProblems } from './decision-fields';
import { decisionFollowsVote, isApproval, isFinal } from './decision-rules';
import { DecisionEntity, DecisionStatus } from './decision.entity';
import { DecisionRepository } from './decision.repository';
import { IssueDecisionDto } from './issue-decision.dto';
import { publicRecord } from './public-record';
import { ReviewError } from '../shared/review-errors';

const ACTION_BY_OUTCOME: Readonly<Record<DecisionIssuedV1['outcome'], RequestAction>> = {
  approved: 'decide',
  approved_with_conditions: 'decide',
  rejected: 'decide',
  returned_for_revision: 'return_for_revision',
  deferred: 'defer',
};

function statusOf(outcome: DecisionIssuedV1['outcome']): DecisionStatus {
  if (isApproval(outcome)) return 'in_force';
  return isFinal(outcome) ? 'final' : 'not_final';
}

/** The chair issues the decision on a closed item; it must agree with the vote. */
@Injectable()
export class IssueDecisionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly meetings: MeetingRepository,
    private readonly decisions: DecisionRepository,
    private readonly planner: TaskPlanner,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
  ) {}

  async execute(context: RequestContext, itemId: string, body: IssueDecisionDto): Promise<DecisionIssuedV1> {
    const peek = await this.meetings.item(itemId);
    const reopened: TaskEntity[] = [];
    const record = await this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(peek.requestId, manager);
      const item = await this.meetings.lockItem(itemId, manager, 'pessimistic_write');
      this.checkAgainstVote(item, body);
      if (await this.decisions.ofItem(itemId, manager)) throw new DomainError(ReviewError.DECISION_ALREADY_ISSUED);
      const problems = decisionFieldProblems(body, almatyDate(this.clock.now()));
      if (problems.length > 0) throw DomainError.validation(problems);
      request.status = transition(request.status, ACTION_BY_OUTCOME[body.outcome]);
      const origin = { actor: actorOf(context.principal, ['commission.chair']), correlationId: context.requestId };
      const published = await this.record(manager, context, request, item, body);
      await manager.save(request);
      const issued = await this.outbox.append(manager, {
        type: 'decision.issued.v1',
        aggregateId: request.id,
        ...origin,
        payload: published,
      });
      reopened.push(...(await this.sendBackIfNotFinal(manager, request, item, published, origin, issued)));
      if (isFinal(body.outcome) && request.reconsideredDecisionId) {
        await manager.update(DecisionEntity, { id: request.reconsideredDecisionId }, { status: 'superseded' });
      }
      return published;
    });
    await this.deadlines.quietly(async () => {
      await this.deadlines.scheduleTasks(reopened);
      if (record.validUntil) await this.deadlines.scheduleExpiry(record.decisionId, record.validUntil);
    });
    return record;
  }

  private checkAgainstVote(item: AgendaItemEntity, body: IssueDecisionDto): void {
    const vote = item.status === 'closed' ? item.outcome : null;
    if (!vote || !decisionFollowsVote(vote, body.outcome)) {
      throw new DomainError(ReviewError.OUTCOME_MISMATCH, [], { vote: vote ?? 'open', outcome: body.outcome });
    }
  }

  private async record(
    manager: EntityManager,
    context: RequestContext,
    request: ReviewRequestEntity,
    item: AgendaItemEntity,
    body: IssueDecisionDto,
  ): Promise<DecisionIssuedV1> {
    const meeting = await this.meetings.find(item.meetingId, manager);
    assertChairOf(meeting, context.principal);
    const issuedAt = this.clock.now();
    // A decision is dated the day it is issued, which cannot come before the meeting that took it.
    if (almatyDate(issuedAt) < meeting.meetingDate) {
      throw new DomainError(ReviewError.MEETING_NOT_HELD_YET, [], { meetingDate: meeting.meetingDate });
    }
    const decisionId = randomUUID();
    const published = publicRecord({
      decisionId,
      decisionNumber: await this.decisions.nextNumber(Number(almatyDate(issuedAt).slice(0, 4)), manager),
      request,
      version: item.version,
      outcome: body.outcome,
      conditions: body.conditions ?? [],
      validUntil: body.validUntil ?? null,
      reasoning: body.reasoning,
      meeting: { id: meeting.id, date: meeting.meetingDate, protocolNumber: meeting.protocolNumber },
      tally: item.tally!,
      issuedAt,
      chair: { name: context.principal.name, position: body.chairPosition.trim() },
    });
    await this.store(manager, published, item, context.principal.subject);
    return published;
  }

  private async store(manager: EntityManager, published: DecisionIssuedV1, item: AgendaItemEntity, issuedBy: string): Promise<void> {
    await manager.insert(DecisionEntity, {
      id: published.decisionId,
      decisionNumber: published.decisionNumber,
      requestId: published.requestId,
      itemId: item.id,
      version: item.version,
      round: item.round,
      outcome: published.outcome,
      status: statusOf(published.outcome),
      validUntil: published.validUntil,
      issuedAt: new Date(published.issuedAt),
      issuedBy,
      published,
      revokedAt: null,
      revocationReasons: null,
      reconsiderationRequestedAt: null,
    });
  }

  /** A return goes to the agency as a revision; a deferral puts the request back before the agenda. */
  private async sendBackIfNotFinal(
    manager: EntityManager,
    request: ReviewRequestEntity,
    item: AgendaItemEntity,
    published: DecisionIssuedV1,
    origin: EventOrigin,
    issued: Act,
  ): Promise<TaskEntity[]> {
    if (published.outcome === 'returned_for_revision') {
      await this.outbox.append(manager, {
        type: 'request.returned.v1',
        aggregateId: request.id,
        ...origin,
        payload: { requestId: request.id, version: request.version, remarks: [{ field: 'decision', remark: published.reasoning.ru }] },
      });
    }
    if (published.outcome !== 'deferred') return [];
    await this.outbox.append(manager, {
      type: 'request.deferred.v1',
      aggregateId: request.id,
      ...origin,
      payload: { requestId: request.id, version: request.version, meetingId: item.meetingId, reason: 'decision' },
    });
    return [await this.planner.open(manager, request, 'agenda', systemStepAfter(issued))];
  }
}

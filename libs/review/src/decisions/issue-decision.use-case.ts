import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionIssuedV1, RequestAction } from '@qaztech/contracts';
import { actorOf, DomainError, RequestContext, transition } from '@qaztech/platform';
import { almatyDate } from '../calendar/working-days';
import { CaseEntity } from '../case/case.entity';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { OpinionEntity } from '../opinions/opinion.entity';
import { OpinionRepository } from '../opinions/opinion.repository';
import { TaskPlanner } from '../tasks/task-planner';
import { acceptedClaimProblems } from './accepted-claims';
import { decisionFieldProblems } from './decision-fields';
import { decisionFollowsVote, isFinal } from './decision-rules';
import { DecisionRecords } from './decision-records';
import { IssueDecisionDto } from './issue-decision.dto';
import { platformObligation } from './platform-obligation';
import { Act, systemStepAfter } from '../shared/actor';
import { ReviewError } from '../shared/review-errors';

const ACTION_BY_OUTCOME: Readonly<Record<DecisionIssuedV1['outcome'], RequestAction>> = {
  approved: 'decide',
  approved_with_conditions: 'decide',
  rejected: 'decide',
  returned_for_revision: 'return_for_revision',
  deferred: 'defer',
};

/** The chair issues the decision on a closed item; it must agree with the vote. */
@Injectable()
export class IssueDecisionUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
    private readonly records: DecisionRecords,
    private readonly planner: TaskPlanner,
    private readonly opinions: OpinionRepository,
  ) {}

  async execute(context: RequestContext, itemId: string, body: IssueDecisionDto): Promise<DecisionIssuedV1> {
    const signed = await this.records.verifySignature(context, itemId, body);
    const caseOfItem = async (manager: EntityManager) => (await this.meetings.item(manager, itemId)).requestId;
    return this.uow.onCase(caseOfItem, async (tx, theCase) => {
      const item = await this.meetings.lockItem(tx.manager, itemId, 'pessimistic_write');
      this.checkAgainstVote(item, body);
      await this.records.assertNoneFor(tx, itemId);
      const technical = await this.technicalOpinion(tx, item);
      const onClaims = { gapAnswers: technical?.gapAnswers ?? [], hasCounterOffer: Boolean(technical?.counterOffer) };
      const problems = [...decisionFieldProblems(body, almatyDate(tx.now())), ...acceptedClaimProblems(theCase.content, body, onClaims)];
      if (problems.length > 0) throw DomainError.validation(problems);
      theCase.status = transition(theCase.status, ACTION_BY_OUTCOME[body.outcome]);
      const origin = { actor: actorOf(context.principal, ['commission.chair']), correlationId: context.requestId };
      const published = await this.records.record(tx, context, { theCase, item, body, signed });
      await tx.saveCase(theCase);
      const issued = await tx.append({ type: 'decision.issued.v1', aggregateId: theCase.id, ...origin, payload: published });
      if (body.bindCounterOffer && technical) {
        const payload = platformObligation(published, technical);
        await tx.append({ type: 'platform.obligation_recorded.v1', aggregateId: theCase.id, ...origin, payload });
      }
      await this.sendBackIfNotFinal(tx, theCase, item, published, issued);
      if (isFinal(body.outcome) && theCase.reconsideredDecisionId) await this.records.supersede(tx, theCase.reconsideredDecisionId);
      const { decisionId, validUntil } = published;
      if (validUntil) tx.afterCommit((timers) => timers.scheduleExpiry(decisionId, validUntil));
      return published;
    });
  }

  /** The technical opinion on the version and round the item decides: the operator's answers and offer. */
  private async technicalOpinion(tx: CaseWork, item: AgendaItemEntity): Promise<OpinionEntity | undefined> {
    const opinions = await this.opinions.of(tx.manager, item.requestId, item.round, item.version);
    return opinions.filter((opinion) => opinion.kind === 'technical').at(-1);
  }

  private checkAgainstVote(item: AgendaItemEntity, body: IssueDecisionDto): void {
    const vote = item.status === 'closed' ? item.outcome : null;
    if (!vote || !decisionFollowsVote(vote, body.outcome)) {
      throw new DomainError(ReviewError.OUTCOME_MISMATCH, [], { vote: vote ?? 'open', outcome: body.outcome });
    }
  }

  /** A return goes to the agency as a revision; a deferral puts the request back before the agenda. */
  private async sendBackIfNotFinal(
    tx: CaseWork,
    theCase: CaseEntity,
    item: AgendaItemEntity,
    published: DecisionIssuedV1,
    issued: Act,
  ): Promise<void> {
    const origin = { actor: issued.actor, correlationId: issued.correlationId };
    if (published.outcome === 'returned_for_revision') {
      await tx.append({
        type: 'request.returned.v1',
        aggregateId: theCase.id,
        ...origin,
        payload: { requestId: theCase.id, version: theCase.version, remarks: [{ field: 'decision', remark: published.reasoning.ru }] },
      });
    }
    if (published.outcome !== 'deferred') return;
    await tx.append({
      type: 'request.deferred.v1',
      aggregateId: theCase.id,
      ...origin,
      payload: { requestId: theCase.id, version: theCase.version, meetingId: item.meetingId, reason: 'decision' },
    });
    // Putting the case back before the agenda is the system's step, set off by the decision.
    await this.planner.open(tx, theCase, 'agenda', systemStepAfter(issued));
  }
}

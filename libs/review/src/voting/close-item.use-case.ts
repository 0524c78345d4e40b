import { ApiProperty } from '@nestjs/swagger';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgendaItemOutcome } from '@qaztech/contracts';
import { actorOf, DomainError, FieldErrorCode, RequestContext, transition } from '@qaztech/platform';
import { CaseEntity } from '../case/case.entity';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { assertChairOf, MeetingEntity } from '../meetings/meeting.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { VoteEntity } from '../meetings/vote.entity';
import { VoteRepository } from '../meetings/vote.repository';
import { VoteTallyView } from '../meetings/vote.view';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { systemStepAfter } from '../shared/actor';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { BallotCount, itemOutcome } from './quorum';
import { CloseItemDto } from './vote.dto';
import { ReviewError } from '../shared/review-errors';

export class ClosedItemView {
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: ['carried', 'not_carried', 'no_quorum'] }) outcome!: AgendaItemOutcome;
  @ApiProperty({ type: () => VoteTallyView }) tally!: VoteTallyView;
}

/**
 * The chair closes voting on an item; the rules of `quorum.ts` give the outcome. Without a
 * quorum the item is deferred at once and the request waits for another meeting.
 */
@Injectable()
export class CloseItemUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
    private readonly votes: VoteRepository,
    private readonly planner: TaskPlanner,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async execute(context: RequestContext, itemId: string, body: CloseItemDto): Promise<ClosedItemView> {
    const caseOfItem = async (manager: EntityManager) => (await this.meetings.item(manager, itemId)).requestId;
    return this.uow.onCase(caseOfItem, async (tx, theCase) => {
      const item = await this.meetings.lockItem(tx.manager, itemId, 'pessimistic_write');
      if (item.status !== 'open') throw new DomainError(ReviewError.VOTING_CLOSED);
      const meeting = await this.meetings.find(tx.manager, item.meetingId);
      assertChairOf(meeting, context.principal);
      const result = itemOutcome(this.count(meeting, await this.votes.of(tx.manager, itemId), body), {
        quorum: this.config.REVIEW_QUORUM,
        abstentionsCountAsCast: this.config.REVIEW_ABSTENTIONS_COUNT_AS_CAST,
      });
      if (result.outcome === 'needs_casting_vote') throw DomainError.validation([{ field: 'castingVote', code: FieldErrorCode.REQUIRED }]);
      Object.assign(item, { status: 'closed', outcome: result.outcome, tally: result.tally, closedAt: tx.now() });
      await this.meetings.closeItem(tx.manager, item);
      const origin = { actor: actorOf(context.principal, ['commission.chair']), correlationId: context.requestId };
      const closed = await tx.append({
        type: 'agenda.item_closed.v1',
        aggregateId: item.requestId,
        ...origin,
        payload: { requestId: item.requestId, meetingId: item.meetingId, itemId, outcome: result.outcome, tally: result.tally },
      });
      // Without a quorum the system sends the case back before the agenda; the chair only closed the item.
      if (result.outcome === 'no_quorum') await this.defer(tx, theCase, item, systemStepAfter(closed));
      return { itemId, outcome: result.outcome, tally: result.tally };
    });
  }

  private async defer(tx: CaseWork, theCase: CaseEntity, item: AgendaItemEntity, origin: EventOrigin): Promise<void> {
    theCase.status = transition(theCase.status, 'defer');
    await tx.saveCase(theCase);
    await tx.append({
      type: 'request.deferred.v1',
      aggregateId: theCase.id,
      ...origin,
      payload: { requestId: theCase.id, version: theCase.version, meetingId: item.meetingId, reason: 'no_quorum' },
    });
    await this.planner.open(tx, theCase, 'agenda', origin);
  }

  private count(meeting: MeetingEntity, votes: readonly VoteEntity[], body: CloseItemDto): BallotCount {
    const present = new Set(meeting.present ?? []);
    const chair = meeting.members.find((member) => member.chair);
    const counted = votes.filter((vote) => present.has(vote.memberId));
    const chairVote = counted.find((vote) => vote.memberId === chair?.id)?.choice;
    return {
      membership: this.config.REVIEW_COMMISSION_SIZE || meeting.members.length,
      present: present.size,
      recused: counted.filter((vote) => vote.choice === 'recused').length,
      for: counted.filter((vote) => vote.choice === 'for').length,
      against: counted.filter((vote) => vote.choice === 'against').length,
      abstain: counted.filter((vote) => vote.choice === 'abstain').length,
      chairVote: chairVote && chairVote !== 'recused' ? chairVote : null,
      castingVote: body.castingVote ?? null,
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgendaItemOutcome, VoteTallyV1 } from '@qaztech/contracts';
import { DomainError, FieldErrorCode, RequestContext } from '@qaztech/platform';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { assertChairOf, MeetingEntity } from '../meetings/meeting.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf, systemStepAfter } from '../shared/actor';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { transition } from '../shared/transition';
import { TaskPlanner } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { BallotCount, itemOutcome } from './quorum';
import { CloseItemDto } from './vote.dto';
import { VoteEntity } from './vote.entity';
import { ReviewError } from '../shared/review-errors';

export interface ClosedItemView {
  itemId: string;
  outcome: AgendaItemOutcome;
  tally: VoteTallyV1;
}

/**
 * The chair closes voting on an item; the rules of `quorum.ts` give the outcome. Without a
 * quorum the item is deferred at once and the request waits for another meeting.
 */
@Injectable()
export class CloseItemUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly meetings: MeetingRepository,
    private readonly planner: TaskPlanner,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async execute(context: RequestContext, itemId: string, body: CloseItemDto): Promise<ClosedItemView> {
    let reopened: TaskEntity | undefined;
    const peek = await this.meetings.item(itemId);
    const view = await this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(peek.requestId, manager);
      const item = await this.meetings.lockItem(itemId, manager, 'pessimistic_write');
      if (item.status !== 'open') throw new DomainError(ReviewError.VOTING_CLOSED);
      const meeting = await this.meetings.find(item.meetingId, manager);
      assertChairOf(meeting, context.principal);
      const result = itemOutcome(this.count(meeting, await this.meetings.votesOf(itemId, manager), body), {
        quorum: this.config.REVIEW_QUORUM,
        abstentionsCountAsCast: this.config.REVIEW_ABSTENTIONS_COUNT_AS_CAST,
      });
      if (result.outcome === 'needs_casting_vote') throw DomainError.validation([{ field: 'castingVote', code: FieldErrorCode.REQUIRED }]);
      Object.assign(item, { status: 'closed', outcome: result.outcome, tally: result.tally, closedAt: this.clock.now() });
      await manager.save(item);
      const origin = { actor: actorOf(context.principal, ['commission.chair']), correlationId: context.requestId };
      const closed = await this.outbox.append(manager, {
        type: 'agenda.item_closed.v1',
        aggregateId: item.requestId,
        ...origin,
        payload: { requestId: item.requestId, meetingId: item.meetingId, itemId, outcome: result.outcome, tally: result.tally },
      });
      if (result.outcome === 'no_quorum') {
        // Without a quorum the system sends the case back before the agenda; the chair only closed the item.
        const deferral = systemStepAfter(closed);
        request.status = transition(request.status, 'defer');
        await manager.save(request);
        await this.outbox.append(manager, {
          type: 'request.deferred.v1',
          aggregateId: request.id,
          ...deferral,
          payload: { requestId: request.id, version: request.version, meetingId: item.meetingId, reason: 'no_quorum' },
        });
        reopened = await this.planner.open(manager, request, 'agenda', deferral);
      }
      return { itemId, outcome: result.outcome, tally: result.tally };
    });
    if (reopened) await this.deadlines.quietly(() => this.deadlines.scheduleTasks([reopened!]));
    return view;
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

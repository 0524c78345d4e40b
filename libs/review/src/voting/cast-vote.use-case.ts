import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingMemberV1, VoteChoice } from '@qaztech/contracts';
import { DomainError, RequestContext } from '@qaztech/platform';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf, SYSTEM_ACTOR } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { recusalReason } from './recusal';
import { CastVoteDto, DeclareConflictDto } from './vote.dto';
import { VoteEntity } from './vote.entity';
import { ReviewError } from '../shared/review-errors';

export interface VoteView {
  itemId: string;
  memberId: string;
  memberName: string;
  choice: VoteChoice | 'recused';
  grounds: string | null;
  reason: string | null;
  castAt: string;
}

export function toVoteView(vote: VoteEntity): VoteView {
  const { itemId, memberId, memberName, choice, grounds, reason } = vote;
  return { itemId, memberId, memberName, choice, grounds, reason, castAt: vote.castAt.toISOString() };
}

const VOTERS = ['commission.member', 'commission.chair'] as const;

/**
 * One vote per member per item, or one declared conflict instead. The primary key (item,
 * member) decides between concurrent duplicates: the second insert does nothing and gets a 409.
 */
@Injectable()
export class CastVoteUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingRepository,
    private readonly requests: ReviewRequestRepository,
    private readonly outbox: ReviewOutbox,
    private readonly clock: ReviewClock,
  ) {}

  /**
   * A member whose token names the applicant as their organisation, though the roster did not,
   * is recused there and then (recorded, so the minutes show it) and the vote is refused.
   */
  async vote(context: RequestContext, itemId: string, body: CastVoteDto): Promise<VoteView> {
    const result = await this.dataSource.transaction(async (manager) => {
      const { item, member } = await this.openItemFor(manager, context, itemId, true);
      const request = await this.requests.find(item.requestId, manager);
      const organisation = context.principal.organisationBin ?? member.organisationBin;
      if (recusalReason({ id: member.id, organisationBin: organisation }, { applicantBin: request.agencyBin, excludedReviewers: [] })) {
        await this.recuseFromToken(manager, context, item, member);
        return 'recused' as const;
      }
      const vote = await this.insert(manager, item, member, body.choice, null, body.reason?.trim() || null);
      await this.outbox.append(manager, {
        type: 'vote.cast.v1',
        aggregateId: item.requestId,
        actor: actorOf(context.principal, VOTERS),
        correlationId: context.requestId,
        payload: {
          requestId: item.requestId,
          meetingId: item.meetingId,
          itemId,
          memberId: member.id,
          choice: body.choice,
          reason: vote.reason,
        },
      });
      return toVoteView(vote);
    });
    if (result === 'recused') throw new DomainError(ReviewError.RECUSED);
    return result;
  }

  private async recuseFromToken(
    manager: EntityManager,
    context: RequestContext,
    item: AgendaItemEntity,
    member: MeetingMemberV1,
  ): Promise<void> {
    const vote = manager.create(VoteEntity, {
      itemId: item.id,
      memberId: member.id,
      memberName: member.name,
      choice: 'recused',
      grounds: 'applicant_organisation',
      reason: null,
      castAt: this.clock.now(),
    });
    if (!(await this.meetings.insertVote(vote, manager))) return;
    // The system recused the member; the vote that prompted it was refused and left no event.
    await this.outbox.append(manager, {
      type: 'vote.recused.v1',
      aggregateId: item.requestId,
      actor: SYSTEM_ACTOR,
      correlationId: context.requestId,
      causedBy: { eventId: null, type: null, actor: actorOf(context.principal, VOTERS) },
      payload: {
        requestId: item.requestId,
        meetingId: item.meetingId,
        itemId: item.id,
        memberId: member.id,
        grounds: 'applicant_organisation',
        reason: null,
      },
    });
  }

  async declareConflict(context: RequestContext, itemId: string, body: DeclareConflictDto): Promise<VoteView> {
    return this.dataSource.transaction(async (manager) => {
      const { item, member } = await this.openItemFor(manager, context, itemId, false);
      const vote = await this.insert(manager, item, member, 'recused', 'declared_conflict', body.reason.trim());
      await this.outbox.append(manager, {
        type: 'vote.recused.v1',
        aggregateId: item.requestId,
        actor: actorOf(context.principal, VOTERS),
        correlationId: context.requestId,
        payload: {
          requestId: item.requestId,
          meetingId: item.meetingId,
          itemId,
          memberId: member.id,
          grounds: 'declared_conflict',
          reason: vote.reason,
        },
      });
      return toVoteView(vote);
    });
  }

  private async openItemFor(
    manager: EntityManager,
    context: RequestContext,
    itemId: string,
    mustBePresent: boolean,
  ): Promise<{ item: AgendaItemEntity; member: MeetingMemberV1 }> {
    const item = await this.meetings.lockItem(itemId, manager, 'pessimistic_read');
    const meeting = await this.meetings.find(item.meetingId, manager);
    const member = meeting.members.find((candidate) => candidate.id === context.principal.subject);
    if (!member) throw new DomainError(ReviewError.NOT_A_MEMBER);
    if (item.status !== 'open') throw new DomainError(ReviewError.VOTING_CLOSED);
    if (mustBePresent && !meeting.present?.includes(member.id)) throw new DomainError(ReviewError.NOT_PRESENT);
    return { item, member };
  }

  private async insert(
    manager: EntityManager,
    item: AgendaItemEntity,
    member: MeetingMemberV1,
    choice: VoteEntity['choice'],
    grounds: VoteEntity['grounds'],
    reason: string | null,
  ): Promise<VoteEntity> {
    const vote = manager.create(VoteEntity, {
      itemId: item.id,
      memberId: member.id,
      memberName: member.name,
      choice,
      grounds,
      reason,
      castAt: this.clock.now(),
    });
    if (await this.meetings.insertVote(vote, manager)) return vote;
    const existing = (await this.meetings.votesOf(item.id, manager)).find((candidate) => candidate.memberId === member.id);
    throw new DomainError(existing?.choice === 'recused' && choice !== 'recused' ? ReviewError.RECUSED : ReviewError.ALREADY_VOTED);
  }
}

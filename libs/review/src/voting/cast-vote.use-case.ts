import { Injectable } from '@nestjs/common';
import { MeetingMemberV1, RecusalGrounds } from '@qaztech/contracts';
import { actorOf, DomainError, RequestContext } from '@qaztech/platform';
import { recusalReason } from '../case/recusal';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingRepository } from '../meetings/meeting.repository';
import { VoteEntity } from '../meetings/vote.entity';
import { VoteRepository } from '../meetings/vote.repository';
import { toVoteView, VoteView } from '../meetings/vote.view';
import { SYSTEM_ACTOR } from '../shared/actor';
import { CastVoteDto, DeclareConflictDto } from './vote.dto';
import { ReviewError } from '../shared/review-errors';

const VOTERS = ['commission.member', 'commission.chair'] as const;

type Position = Pick<VoteEntity, 'choice' | 'grounds' | 'reason'>;

/**
 * One vote per member per item, or one declared conflict instead. The primary key (item,
 * member) decides between concurrent duplicates: the second insert does nothing and gets a 409.
 * Votes lock their item in share mode only, and no case: votes on one item run side by side.
 */
@Injectable()
export class CastVoteUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
    private readonly votes: VoteRepository,
  ) {}

  /**
   * A member whose token names the applicant as their organisation, though the roster did not,
   * is recused there and then (recorded, so the minutes show it) and the vote is refused.
   */
  async vote(context: RequestContext, itemId: string, body: CastVoteDto): Promise<VoteView> {
    const result = await this.uow.run(async (tx) => {
      const { item, member } = await this.openItemFor(tx, context, itemId, true);
      const theCase = await tx.cases.find(tx.manager, item.requestId);
      const organisation = context.principal.organisationBin ?? member.organisationBin;
      if (recusalReason({ id: member.id, organisationBin: organisation }, { applicantBin: theCase.agencyBin, excludedReviewers: [] })) {
        await this.recuseFromToken(tx, context, item, member);
        return 'recused' as const;
      }
      const vote = await this.insert(tx, item, member, { choice: body.choice, grounds: null, reason: body.reason?.trim() || null });
      await tx.append({
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

  async declareConflict(context: RequestContext, itemId: string, body: DeclareConflictDto): Promise<VoteView> {
    return this.uow.run(async (tx) => {
      const { item, member } = await this.openItemFor(tx, context, itemId, false);
      const vote = await this.insert(tx, item, member, { choice: 'recused', grounds: 'declared_conflict', reason: body.reason.trim() });
      await this.announceRecusal(tx, context, vote, item, 'declared_conflict');
      return toVoteView(vote);
    });
  }

  private async recuseFromToken(tx: CaseWork, context: RequestContext, item: AgendaItemEntity, member: MeetingMemberV1): Promise<void> {
    const vote = this.ballot(tx, item, member, { choice: 'recused', grounds: 'applicant_organisation', reason: null });
    if (await this.votes.insert(tx.manager, vote)) await this.announceRecusal(tx, context, vote, item, 'applicant_organisation');
  }

  private async announceRecusal(
    tx: CaseWork,
    context: RequestContext,
    vote: VoteEntity,
    item: AgendaItemEntity,
    grounds: RecusalGrounds,
  ): Promise<void> {
    const voter = actorOf(context.principal, VOTERS);
    // A declared conflict is the member's own act; a recusal for the token's organisation is the
    // system's, and the vote that prompted it was refused and left no event.
    const declared = grounds === 'declared_conflict';
    await tx.append({
      type: 'vote.recused.v1',
      aggregateId: item.requestId,
      actor: declared ? voter : SYSTEM_ACTOR,
      correlationId: context.requestId,
      ...(declared ? {} : { causedBy: { eventId: null, type: null, actor: voter } }),
      payload: {
        requestId: item.requestId,
        meetingId: item.meetingId,
        itemId: item.id,
        memberId: vote.memberId,
        grounds,
        reason: vote.reason,
      },
    });
  }

  private async openItemFor(
    tx: CaseWork,
    context: RequestContext,
    itemId: string,
    mustBePresent: boolean,
  ): Promise<{ item: AgendaItemEntity; member: MeetingMemberV1 }> {
    const item = await this.meetings.lockItem(tx.manager, itemId, 'pessimistic_read');
    const meeting = await this.meetings.find(tx.manager, item.meetingId);
    const member = meeting.members.find((candidate) => candidate.id === context.principal.subject);
    if (!member) throw new DomainError(ReviewError.NOT_A_MEMBER);
    if (item.status !== 'open') throw new DomainError(ReviewError.VOTING_CLOSED);
    if (mustBePresent && !meeting.present?.includes(member.id)) throw new DomainError(ReviewError.NOT_PRESENT);
    return { item, member };
  }

  private ballot(tx: CaseWork, item: AgendaItemEntity, member: MeetingMemberV1, position: Position): VoteEntity {
    return { itemId: item.id, memberId: member.id, memberName: member.name, ...position, castAt: tx.now() };
  }

  private async insert(tx: CaseWork, item: AgendaItemEntity, member: MeetingMemberV1, position: Position): Promise<VoteEntity> {
    const vote = this.ballot(tx, item, member, position);
    if (await this.votes.insert(tx.manager, vote)) return vote;
    const existing = (await this.votes.of(tx.manager, item.id)).find((candidate) => candidate.memberId === member.id);
    throw new DomainError(
      existing?.choice === 'recused' && position.choice !== 'recused' ? ReviewError.RECUSED : ReviewError.ALREADY_VOTED,
    );
  }
}

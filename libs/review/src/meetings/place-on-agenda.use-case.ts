import { ApiProperty } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EXPERT_KINDS } from '@qaztech/contracts';
import { actorOf, DomainError, ErrorCode, RequestContext, transition } from '@qaztech/platform';
import { CaseEntity } from '../case/case.entity';
import { automaticRecusals } from '../case/recusal';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { OpinionRepository } from '../opinions/opinion.repository';
import { systemStepAfter } from '../shared/actor';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';
import { VoteRepository } from './vote.repository';
import { ReviewError } from '../shared/review-errors';

export class AgendaItemView {
  @ApiProperty() id!: string;
  @ApiProperty() meetingId!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ type: [String], description: 'Members recused from the item as it was placed' }) recused!: string[];
}

/**
 * The secretary puts a request whose three opinions are in on a meeting's agenda. Members of the
 * applicant organisation are recused there and then, before anyone can vote.
 */
@Injectable()
export class PlaceOnAgendaUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
    private readonly votes: VoteRepository,
    private readonly opinions: OpinionRepository,
    private readonly planner: TaskPlanner,
  ) {}

  async execute(context: RequestContext, meetingId: string, requestId: string): Promise<AgendaItemView> {
    return this.uow.onCase(requestId, async (tx, theCase) => {
      const meeting = await this.meetings.lock(tx.manager, meetingId);
      theCase.status = transition(theCase.status, 'place_on_agenda');
      await this.assertReady(tx, theCase);
      const origin = { actor: actorOf(context.principal, ['commission.secretary']), correlationId: context.requestId };
      const item = Object.assign(new AgendaItemEntity(), {
        id: randomUUID(),
        meetingId,
        requestId,
        version: theCase.version,
        round: theCase.round,
        position: await this.meetings.nextPosition(tx.manager, meetingId),
        status: 'open',
        outcome: null,
        tally: null,
        closedAt: null,
      });
      await this.meetings.insertItem(tx.manager, item);
      await tx.saveCase(theCase);
      await this.planner.completeLive(tx, requestId, 'agenda', 'placed_on_agenda');
      const placed = await tx.append({
        type: 'request.placed_on_agenda.v1',
        aggregateId: requestId,
        ...origin,
        payload: { requestId, version: theCase.version, meetingId, meetingDate: meeting.meetingDate, itemId: item.id },
      });
      const recused = await this.recuseApplicantMembers(tx, meeting, theCase, item, systemStepAfter(placed));
      return { id: item.id, meetingId, requestId, version: item.version, position: item.position, status: item.status, recused };
    });
  }

  private async assertReady(tx: CaseWork, theCase: CaseEntity): Promise<void> {
    const opinions = await this.opinions.of(tx.manager, theCase.id, theCase.round, theCase.version);
    if (!EXPERT_KINDS.every((kind) => opinions.some((opinion) => opinion.kind === kind)))
      throw new DomainError(ReviewError.NOT_READY_FOR_AGENDA);
    if (await this.meetings.hasOpenItem(tx.manager, theCase.id)) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, [], { status: 'on_agenda', action: 'place_on_agenda' });
    }
  }

  private async recuseApplicantMembers(
    tx: CaseWork,
    meeting: MeetingEntity,
    theCase: CaseEntity,
    item: AgendaItemEntity,
    origin: EventOrigin,
  ): Promise<string[]> {
    const recused = automaticRecusals(meeting.members, theCase.agencyBin);
    for (const member of recused) {
      const vote = { itemId: item.id, memberId: member.id, memberName: member.name, castAt: tx.now() };
      await this.votes.insert(tx.manager, { ...vote, choice: 'recused', grounds: 'applicant_organisation', reason: null });
      await tx.append({
        type: 'vote.recused.v1',
        aggregateId: theCase.id,
        ...origin,
        payload: {
          requestId: theCase.id,
          meetingId: meeting.id,
          itemId: item.id,
          memberId: member.id,
          grounds: 'applicant_organisation',
          reason: null,
        },
      });
    }
    return recused.map((member) => member.id);
  }
}

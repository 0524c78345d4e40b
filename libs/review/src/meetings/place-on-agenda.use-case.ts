import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EXPERT_KINDS } from '@qaztech/contracts';
import { DomainError, ErrorCode, RequestContext } from '@qaztech/platform';
import { OpinionRepository } from '../opinions/opinion.repository';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf, systemStepAfter } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { transition } from '../shared/transition';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { TaskRepository } from '../tasks/task.repository';
import { automaticRecusals } from '../voting/recusal';
import { VoteEntity } from '../voting/vote.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';
import { ReviewError } from '../shared/review-errors';

export interface AgendaItemView {
  id: string;
  meetingId: string;
  requestId: string;
  version: number;
  position: number;
  status: 'open' | 'closed';
  recused: string[];
}

/**
 * The secretary puts a request whose three opinions are in on a meeting's agenda. Members of the
 * applicant organisation are recused there and then, before anyone can vote.
 */
@Injectable()
export class PlaceOnAgendaUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly meetings: MeetingRepository,
    private readonly opinions: OpinionRepository,
    private readonly tasks: TaskRepository,
    private readonly planner: TaskPlanner,
    private readonly outbox: ReviewOutbox,
    private readonly clock: ReviewClock,
  ) {}

  async execute(context: RequestContext, meetingId: string, requestId: string): Promise<AgendaItemView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(requestId, manager);
      const meeting = await this.meetings.lock(meetingId, manager);
      request.status = transition(request.status, 'place_on_agenda');
      await this.assertReady(manager, request);
      const origin = { actor: actorOf(context.principal, ['commission.secretary']), correlationId: context.requestId };
      const item = manager.create(AgendaItemEntity, {
        id: randomUUID(),
        meetingId,
        requestId,
        version: request.version,
        round: request.round,
        position: await this.meetings.nextPosition(meetingId, manager),
        status: 'open',
        outcome: null,
        tally: null,
        closedAt: null,
      });
      await manager.insert(AgendaItemEntity, item);
      await manager.save(request);
      for (const task of await this.tasks.liveOf(requestId, manager, 'agenda'))
        await this.planner.complete(manager, task, 'placed_on_agenda');
      const placed = await this.outbox.append(manager, {
        type: 'request.placed_on_agenda.v1',
        aggregateId: requestId,
        ...origin,
        payload: { requestId, version: request.version, meetingId, meetingDate: meeting.meetingDate, itemId: item.id },
      });
      const recused = await this.recuseApplicantMembers(manager, meeting, request, item, systemStepAfter(placed));
      return { id: item.id, meetingId, requestId, version: item.version, position: item.position, status: item.status, recused };
    });
  }

  private async assertReady(manager: EntityManager, request: ReviewRequestEntity): Promise<void> {
    const opinions = await this.opinions.of(request.id, request.round, request.version, manager);
    if (!EXPERT_KINDS.every((kind) => opinions.some((opinion) => opinion.kind === kind)))
      throw new DomainError(ReviewError.NOT_READY_FOR_AGENDA);
    const open = await manager.countBy(AgendaItemEntity, { requestId: request.id, status: 'open' });
    if (open > 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, [], { status: 'on_agenda', action: 'place_on_agenda' });
  }

  private async recuseApplicantMembers(
    manager: EntityManager,
    meeting: MeetingEntity,
    request: ReviewRequestEntity,
    item: AgendaItemEntity,
    origin: EventOrigin,
  ): Promise<string[]> {
    const recused = automaticRecusals(meeting.members, request.agencyBin);
    for (const member of recused) {
      const vote = manager.create(VoteEntity, {
        itemId: item.id,
        memberId: member.id,
        memberName: member.name,
        choice: 'recused',
        grounds: 'applicant_organisation',
        reason: null,
        castAt: this.clock.now(),
      });
      await this.meetings.insertVote(vote, manager);
      await this.outbox.append(manager, {
        type: 'vote.recused.v1',
        aggregateId: request.id,
        ...origin,
        payload: {
          requestId: request.id,
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

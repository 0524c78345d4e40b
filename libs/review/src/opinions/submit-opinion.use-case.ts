import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EXPERT_KINDS, ExpertKind } from '@qaztech/contracts';
import { DomainError, ErrorCode, RequestContext } from '@qaztech/platform';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { Act, actorOf, systemStepAfter } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { isExpertStage, STAGE_ROLE } from '../shared/stage-roles';
import { lockHeldTask } from '../tasks/held-task';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { TaskRepository } from '../tasks/task.repository';
import { OpinionEntity } from './opinion.entity';
import { OpinionRepository } from './opinion.repository';
import { SubmitOpinionDto } from './submit-opinion.dto';
import { ReviewError } from '../shared/review-errors';

export interface OpinionView {
  id: string;
  requestId: string;
  version: number;
  round: number;
  kind: ExpertKind;
  verdict: string;
  findings: string;
  proposedConditions: string[];
  authorId: string;
  authorName: string;
  submittedAt: string;
}

export function toOpinionView(opinion: OpinionEntity): OpinionView {
  const { id, requestId, version, round, kind, verdict, findings, proposedConditions, authorId, authorName } = opinion;
  return {
    id,
    requestId,
    version,
    round,
    kind,
    verdict,
    findings,
    proposedConditions,
    authorId,
    authorName,
    submittedAt: opinion.submittedAt.toISOString(),
  };
}

/**
 * An expert's opinion on the exact version they reviewed. The last of the three makes the case
 * ready for the agenda; the request row lock makes "the last" unambiguous when two arrive at once.
 */
@Injectable()
export class SubmitOpinionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly tasks: TaskRepository,
    private readonly opinions: OpinionRepository,
    private readonly planner: TaskPlanner,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
  ) {}

  async execute(context: RequestContext, taskId: string, body: SubmitOpinionDto): Promise<OpinionView> {
    let agendaTask: TaskEntity | undefined;
    const view = await this.dataSource.transaction(async (manager) => {
      const { request, task } = await lockHeldTask(
        manager,
        { requests: this.requests, tasks: this.tasks },
        context.principal,
        taskId,
        EXPERT_KINDS,
      );
      if (!isExpertStage(task.stage)) throw new DomainError(ReviewError.WRONG_STAGE_ROLE, [], { stage: task.stage });
      if (request.status !== 'expert_review' && request.status !== 'reconsideration') {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, [], { status: request.status, action: 'give_opinion' });
      }
      if (body.version !== request.version || body.version !== task.version) {
        throw new DomainError(ReviewError.STALE_VERSION, [], { current: request.version });
      }
      const origin = { actor: actorOf(context.principal, [STAGE_ROLE[task.stage]]), correlationId: context.requestId };
      const { opinion, given } = await this.record(manager, task, task.stage, body, context, origin);
      await this.planner.complete(manager, task, body.verdict);
      agendaTask = await this.readyForAgendaIfComplete(manager, request, systemStepAfter(given));
      return toOpinionView(opinion);
    });
    if (agendaTask) await this.deadlines.quietly(() => this.deadlines.scheduleTasks([agendaTask!]));
    return view;
  }

  private async record(
    manager: EntityManager,
    task: TaskEntity,
    kind: ExpertKind,
    body: SubmitOpinionDto,
    context: RequestContext,
    origin: EventOrigin,
  ): Promise<{ opinion: OpinionEntity; given: Act }> {
    const opinion = manager.create(OpinionEntity, {
      id: randomUUID(),
      taskId: task.id,
      requestId: task.requestId,
      version: task.version,
      round: task.round,
      kind,
      verdict: body.verdict,
      findings: body.findings.trim(),
      proposedConditions: (body.proposedConditions ?? []).map((condition) => condition.trim()),
      authorId: context.principal.subject,
      authorName: context.principal.name,
      submittedAt: this.clock.now(),
    });
    await manager.insert(OpinionEntity, opinion);
    const given = await this.outbox.append(manager, {
      type: 'review.opinion_submitted.v1',
      aggregateId: task.requestId,
      ...origin,
      payload: {
        opinionId: opinion.id,
        requestId: opinion.requestId,
        version: opinion.version,
        kind,
        verdict: opinion.verdict,
        findings: opinion.findings,
        proposedConditions: opinion.proposedConditions,
      },
    });
    return { opinion, given };
  }

  private async readyForAgendaIfComplete(
    manager: EntityManager,
    request: ReviewRequestEntity,
    origin: EventOrigin,
  ): Promise<TaskEntity | undefined> {
    const opinions = await this.opinions.of(request.id, request.round, request.version, manager);
    if (!EXPERT_KINDS.every((kind) => opinions.some((opinion) => opinion.kind === kind))) return undefined;
    await this.outbox.append(manager, {
      type: 'request.ready_for_agenda.v1',
      aggregateId: request.id,
      ...origin,
      payload: { requestId: request.id, version: request.version, opinions: opinions.map(({ kind, verdict }) => ({ kind, verdict })) },
    });
    return this.planner.open(manager, request, 'agenda', origin);
  }
}

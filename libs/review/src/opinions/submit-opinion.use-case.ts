import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EXPERT_KINDS, ExpertKind } from '@qaztech/contracts';
import { actorOf, DomainError, ErrorCode, RequestContext, VerifiedActSignature } from '@qaztech/platform';
import { almatyDate } from '../calendar/working-days';
import { CaseEntity } from '../case/case.entity';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { Act, systemStepAfter } from '../shared/actor';
import { isExpertStage, STAGE_ROLE } from '../shared/stage-roles';
import { onHeldTask } from '../tasks/held-task';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { TaskRepository } from '../tasks/task.repository';
import { OpinionEntity } from './opinion.entity';
import { OpinionRepository } from './opinion.repository';
import { OpinionView, toOpinionView } from './opinion.view';
import { SubmitOpinionDto } from './submit-opinion.dto';
import { ReviewError } from '../shared/review-errors';
import { claimAssessmentProblems } from './claim-answers';
import { assessmentOf } from './claim-assessment';
import { opinionDocument, ReviewSigning } from '../signing/review-signing';

/**
 * An expert's opinion on the exact version they reviewed. The last of the three makes the case
 * ready for the agenda; the case row lock makes "the last" unambiguous when two arrive at once.
 */
@Injectable()
export class SubmitOpinionUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
    private readonly opinions: OpinionRepository,
    private readonly planner: TaskPlanner,
    private readonly signing: ReviewSigning,
  ) {}

  async execute(context: RequestContext, taskId: string, body: SubmitOpinionDto): Promise<OpinionView> {
    const signed = await this.signing.check(context, opinionDocument(taskId, body), body.signature?.cms);
    return onHeldTask(this.uow, this.tasks, context.principal, taskId, EXPERT_KINDS, async (tx, theCase, task) => {
      if (!isExpertStage(task.stage)) throw new DomainError(ReviewError.WRONG_STAGE_ROLE, [], { stage: task.stage });
      if (theCase.status !== 'expert_review' && theCase.status !== 'reconsideration') {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, [], { status: theCase.status, action: 'give_opinion' });
      }
      if (body.version !== theCase.version || body.version !== task.version) {
        throw new DomainError(ReviewError.STALE_VERSION, [], { current: theCase.version });
      }
      const problems = claimAssessmentProblems(task.stage, theCase.content, body, almatyDate(tx.now()));
      if (problems.length > 0) throw DomainError.validation(problems);
      const origin = { actor: actorOf(context.principal, [STAGE_ROLE[task.stage]]), correlationId: context.requestId };
      const { opinion, given } = await this.record(tx, task, { kind: task.stage, body, signed }, context, origin);
      await this.planner.complete(tx, task, body.verdict);
      await this.readyForAgendaIfComplete(tx, theCase, systemStepAfter(given));
      return toOpinionView(opinion);
    });
  }

  private async record(
    tx: CaseWork,
    task: TaskEntity,
    { kind, body, signed }: { kind: ExpertKind; body: SubmitOpinionDto; signed: VerifiedActSignature | null },
    context: RequestContext,
    origin: EventOrigin,
  ): Promise<{ opinion: OpinionEntity; given: Act }> {
    const opinion = Object.assign(new OpinionEntity(), {
      id: randomUUID(),
      taskId: task.id,
      requestId: task.requestId,
      version: task.version,
      round: task.round,
      kind,
      verdict: body.verdict,
      findings: body.findings.trim(),
      proposedConditions: (body.proposedConditions ?? []).map((condition) => condition.trim()),
      ...assessmentOf(body),
      authorId: context.principal.subject,
      authorName: context.principal.name,
      submittedAt: tx.now(),
    });
    await this.opinions.insert(tx.manager, opinion);
    if (signed) await this.signing.record(tx.manager, signed, opinion.id, opinion.requestId);
    const given = await tx.append({
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
        ...(kind === 'technical'
          ? { gapAnswers: opinion.gapAnswers, counterOffer: opinion.counterOffer }
          : { reasonRatings: opinion.reasonRatings }),
        ...(signed ? { signature: signed.event } : {}),
      },
    });
    return { opinion, given };
  }

  private async readyForAgendaIfComplete(tx: CaseWork, theCase: CaseEntity, origin: EventOrigin): Promise<void> {
    const opinions = await this.opinions.of(tx.manager, theCase.id, theCase.round, theCase.version);
    if (!EXPERT_KINDS.every((kind) => opinions.some((opinion) => opinion.kind === kind))) return;
    await tx.append({
      type: 'request.ready_for_agenda.v1',
      aggregateId: theCase.id,
      ...origin,
      payload: { requestId: theCase.id, version: theCase.version, opinions: opinions.map(({ kind, verdict }) => ({ kind, verdict })) },
    });
    await this.planner.open(tx, theCase, 'agenda', origin);
  }
}

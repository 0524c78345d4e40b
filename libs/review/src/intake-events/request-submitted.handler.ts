import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, RequestSubmittedV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { CaseEntity } from '../case/case.entity';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { CaseTimers } from '../deadlines/case-timers';
import { systemStepAfter } from '../shared/actor';
import { TaskPlanner } from '../tasks/task-planner';

/**
 * A submitted version arrives: review keeps its snapshot and opens a screening task. A version
 * older than the one review already holds is stale (events can arrive late) and changes nothing.
 */
@Injectable()
abstract class VersionArrivedHandler<T extends 'request.submitted.v1' | 'request.resubmitted.v1'> implements EventHandler<T> {
  abstract readonly eventType: T;

  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly planner: TaskPlanner,
    private readonly caseTimers: CaseTimers,
  ) {}

  async handle(event: EventEnvelope<T, RequestSubmittedV1>, manager: EntityManager): Promise<void> {
    const snapshot = event.payload;
    const origin = systemStepAfter(event);
    await this.uow.join(manager, snapshot.requestId, async (tx, existing) => {
      // Its withdrawal overtook it: the agency has already taken the request back.
      if (await tx.cases.wasWithdrawn(tx.manager, snapshot.requestId)) return;
      if (existing && existing.version >= snapshot.version) return;
      const theCase =
        existing ?? Object.assign(new CaseEntity(), { id: snapshot.requestId, firstSubmittedAt: new Date(snapshot.submittedAt) });
      Object.assign(theCase, {
        agencyBin: snapshot.agencyBin,
        registrationNumber: snapshot.registrationNumber,
        version: snapshot.version,
        status: 'submitted',
        content: snapshot.content,
        attachments: snapshot.attachments,
        submittedAt: new Date(snapshot.submittedAt),
        round: 1,
        excludedReviewers: [],
        reconsideredDecisionId: null,
      });
      if (existing) await tx.saveCase(theCase);
      else await tx.cases.insert(tx.manager, theCase);
      await this.planner.cancelLive(tx, theCase.id, 'superseded', origin);
      await this.planner.open(tx, theCase, 'screening', origin);
      const dueDate = await this.caseTimers.dueDateOf(theCase.firstSubmittedAt, tx.manager);
      // A resubmission restarts a clock whose timer may have fired while the agency held the request.
      tx.afterCommit((timers) => timers.scheduleCase(theCase.id, dueDate, existing !== null));
    });
  }
}

@Injectable()
export class RequestSubmittedHandler extends VersionArrivedHandler<'request.submitted.v1'> {
  readonly eventType = 'request.submitted.v1' as const;
}

@Injectable()
export class RequestResubmittedHandler extends VersionArrivedHandler<'request.resubmitted.v1'> {
  readonly eventType = 'request.resubmitted.v1' as const;
}

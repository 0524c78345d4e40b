import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, RequestSubmittedV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { CaseTimers } from '../deadlines/case-timers';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { systemStepAfter } from '../shared/actor';
import { TaskPlanner } from '../tasks/task-planner';
import { TaskRepository } from '../tasks/task.repository';
import { ReviewRequestEntity } from './review-request.entity';
import { ReviewRequestRepository } from './review-request.repository';

/**
 * A submitted version arrives: review keeps its snapshot and opens a screening task. A version
 * older than the one review already holds is stale (events can arrive late) and changes nothing.
 */
@Injectable()
abstract class VersionArrivedHandler<T extends 'request.submitted.v1' | 'request.resubmitted.v1'> implements EventHandler<T> {
  abstract readonly eventType: T;

  constructor(
    private readonly requests: ReviewRequestRepository,
    private readonly tasks: TaskRepository,
    private readonly planner: TaskPlanner,
    private readonly deadlines: DeadlineScheduler,
    private readonly caseTimers: CaseTimers,
  ) {}

  async handle(event: EventEnvelope<T, RequestSubmittedV1>, manager: EntityManager): Promise<void> {
    const snapshot = event.payload;
    const origin = systemStepAfter(event);
    await this.requests.lockCase(snapshot.requestId, manager);
    // Its withdrawal overtook it: the agency has already taken the request back.
    if (await this.requests.wasWithdrawn(snapshot.requestId, manager)) return;
    const existing = await this.requests.lockIfPresent(snapshot.requestId, manager);
    if (existing && existing.version >= snapshot.version) return;
    const request =
      existing ?? manager.create(ReviewRequestEntity, { id: snapshot.requestId, firstSubmittedAt: new Date(snapshot.submittedAt) });
    Object.assign(request, {
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
    await manager.save(request);
    await this.planner.cancelLive(manager, await this.tasks.liveOf(request.id, manager), 'superseded', origin);
    const task = await this.planner.open(manager, request, 'screening', origin);
    await this.deadlines.quietly(async () => {
      await this.deadlines.scheduleTasks([task]);
      // A resubmission restarts a clock whose timer may have fired while the agency held the request.
      await this.caseTimers.schedule(request, manager, existing !== null);
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

import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, nextStatus, RequestWithdrawnV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { systemStepAfter } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { TaskPlanner } from '../tasks/task-planner';
import { TaskRepository } from '../tasks/task.repository';
import { ReviewRequestRepository } from './review-request.repository';

/** The agency withdrew: nobody works on the request any more, and it leaves any agenda. */
@Injectable()
export class RequestWithdrawnHandler implements EventHandler<'request.withdrawn.v1'> {
  readonly eventType = 'request.withdrawn.v1' as const;
  private readonly logger = new Logger(RequestWithdrawnHandler.name);

  constructor(
    private readonly requests: ReviewRequestRepository,
    private readonly tasks: TaskRepository,
    private readonly planner: TaskPlanner,
    private readonly clock: ReviewClock,
  ) {}

  async handle(event: EventEnvelope<'request.withdrawn.v1', RequestWithdrawnV1>, manager: EntityManager): Promise<void> {
    await this.requests.lockCase(event.payload.requestId, manager);
    // Remembered even when the submission has not arrived yet, so that it opens nothing when it does.
    await this.requests.recordWithdrawal(event.payload.requestId, manager);
    const request = await this.requests.lockIfPresent(event.payload.requestId, manager);
    if (!request) return;
    const next = nextStatus(request.status, 'withdraw');
    if (!next) {
      this.logger.warn({ msg: 'withdrawal ignored: already decided here', eventId: event.id, status: request.status });
      return;
    }
    request.status = next;
    await manager.save(request);
    const origin = systemStepAfter(event);
    await this.planner.cancelLive(manager, await this.tasks.liveOf(request.id, manager), 'withdrawn', origin);
    await manager.update(AgendaItemEntity, { requestId: request.id, status: 'open' }, { status: 'closed', closedAt: this.clock.now() });
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, nextStatus, RequestWithdrawnV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { MeetingRepository } from '../meetings/meeting.repository';
import { systemStepAfter } from '../shared/actor';
import { TaskPlanner } from '../tasks/task-planner';

/** The agency withdrew: nobody works on the request any more, and it leaves any agenda. */
@Injectable()
export class RequestWithdrawnHandler implements EventHandler<'request.withdrawn.v1'> {
  readonly eventType = 'request.withdrawn.v1' as const;
  private readonly logger = new Logger(RequestWithdrawnHandler.name);

  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly planner: TaskPlanner,
    private readonly meetings: MeetingRepository,
  ) {}

  async handle(event: EventEnvelope<'request.withdrawn.v1', RequestWithdrawnV1>, manager: EntityManager): Promise<void> {
    const { requestId } = event.payload;
    await this.uow.join(manager, requestId, async (tx, theCase) => {
      // Remembered even when the submission has not arrived yet, so that it opens nothing when it does.
      await tx.cases.recordWithdrawal(tx.manager, requestId);
      if (!theCase) return;
      const next = nextStatus(theCase.status, 'withdraw');
      if (!next) {
        this.logger.warn({ msg: 'withdrawal ignored: already decided here', eventId: event.id, status: theCase.status });
        return;
      }
      theCase.status = next;
      await tx.saveCase(theCase);
      await this.planner.cancelLive(tx, theCase.id, 'withdrawn', systemStepAfter(event));
      await this.meetings.closeOpenItemsOf(tx.manager, theCase.id, tx.now());
    });
  }
}

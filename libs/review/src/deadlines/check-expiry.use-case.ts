import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nextStatus } from '@qaztech/contracts';
import { endOfAlmatyDay } from '../calendar/working-days';
import { DecisionEntity } from '../decisions/decision.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { SYSTEM_ACTOR } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { DeadlineScheduler } from './deadline.scheduler';

export type ExpiryCheck = 'gone' | 'not_in_force' | 'not_due' | 'expired';

/** An approval ends with its last valid day (Asia/Almaty): `exemption.expired.v1`, once. */
@Injectable()
export class CheckExpiryUseCase {
  private readonly logger = new Logger(CheckExpiryUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
  ) {}

  async execute(decisionId: string): Promise<ExpiryCheck> {
    const peek = await this.dataSource.manager.findOneBy(DecisionEntity, { id: decisionId });
    if (!peek) return 'gone';
    const result = await this.dataSource.transaction(async (manager): Promise<ExpiryCheck> => {
      const request = await this.requests.lock(peek.requestId, manager);
      const decision = await manager.findOne(DecisionEntity, { where: { id: decisionId }, lock: { mode: 'pessimistic_write' } });
      if (!decision || decision.status !== 'in_force' || !decision.validUntil) return 'not_in_force';
      if (this.clock.now().getTime() < endOfAlmatyDay(decision.validUntil).getTime()) return 'not_due';
      decision.status = 'expired';
      await manager.save(decision);
      const next = nextStatus(request.status, 'expire');
      if (next) await manager.save(Object.assign(request, { status: next }));
      else
        this.logger.warn({ msg: 'approval expired while its request is elsewhere in the lifecycle', decisionId, status: request.status });
      await this.outbox.append(manager, {
        type: 'exemption.expired.v1',
        aggregateId: request.id,
        actor: SYSTEM_ACTOR,
        correlationId: `expiry-${decisionId}`,
        payload: { decisionId, decisionNumber: decision.decisionNumber, requestId: request.id, validUntil: decision.validUntil },
      });
      return 'expired';
    });
    if (result === 'not_due') await this.deadlines.recheckExpiry(decisionId, peek.validUntil!);
    return result;
  }
}

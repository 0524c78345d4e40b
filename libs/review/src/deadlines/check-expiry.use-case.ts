import { Injectable, Logger } from '@nestjs/common';
import { nextStatus } from '@qaztech/contracts';
import { endOfAlmatyDay } from '../calendar/working-days';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { DecisionRepository } from '../decisions/decision.repository';
import { SYSTEM_ACTOR } from '../shared/actor';
import { DeadlineScheduler } from './deadline.scheduler';

export type ExpiryCheck = 'gone' | 'not_in_force' | 'not_due' | 'expired';

/** An approval ends with its last valid day (Asia/Almaty): `exemption.expired.v1`, once. */
@Injectable()
export class CheckExpiryUseCase {
  private readonly logger = new Logger(CheckExpiryUseCase.name);

  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly decisions: DecisionRepository,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(decisionId: string): Promise<ExpiryCheck> {
    return this.uow.run(async (tx): Promise<ExpiryCheck> => {
      const peek = await this.decisions.findIfPresent(tx.manager, decisionId);
      if (!peek) return 'gone';
      const theCase = await tx.cases.lock(tx.manager, peek.requestId);
      const decision = await this.decisions.lockIfPresent(tx.manager, decisionId);
      if (!decision || decision.status !== 'in_force' || !decision.validUntil) return 'not_in_force';
      const validUntil = decision.validUntil;
      if (tx.now().getTime() < endOfAlmatyDay(validUntil).getTime()) {
        // A timer that fired early (clocks differ by a little) looks again under a fresh id.
        tx.afterCommit(() => this.deadlines.recheckExpiry(decisionId, validUntil));
        return 'not_due';
      }
      decision.status = 'expired';
      await this.decisions.saveStatus(tx.manager, decision);
      const next = nextStatus(theCase.status, 'expire');
      if (next) await tx.saveCase(Object.assign(theCase, { status: next }));
      else
        this.logger.warn({ msg: 'approval expired while its request is elsewhere in the lifecycle', decisionId, status: theCase.status });
      await tx.append({
        type: 'exemption.expired.v1',
        aggregateId: theCase.id,
        actor: SYSTEM_ACTOR,
        correlationId: `expiry-${decisionId}`,
        payload: { decisionId, decisionNumber: decision.decisionNumber, requestId: theCase.id, validUntil },
      });
      return 'expired';
    });
  }
}

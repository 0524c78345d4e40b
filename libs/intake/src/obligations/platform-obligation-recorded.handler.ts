import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, PlatformObligationRecordedV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { PlatformObligationRepository } from './platform-obligation.repository';

/** Review recorded the operator's obligation to the applicant: the agency can now read it. */
@Injectable()
export class PlatformObligationRecordedHandler implements EventHandler<'platform.obligation_recorded.v1'> {
  readonly eventType = 'platform.obligation_recorded.v1' as const;

  constructor(private readonly obligations: PlatformObligationRepository) {}

  async handle(
    event: EventEnvelope<'platform.obligation_recorded.v1', PlatformObligationRecordedV1>,
    manager: EntityManager,
  ): Promise<void> {
    const { payload } = event;
    await this.obligations.record(manager, {
      id: payload.obligationId,
      requestId: payload.requestId,
      agencyBin: payload.agencyBin,
      registrationNumber: payload.registrationNumber,
      decisionId: payload.decisionId,
      decisionNumber: payload.decisionNumber,
      opinionId: payload.opinionId,
      offer: payload.offer,
      offeredBy: payload.offeredBy,
      recordedAt: new Date(payload.recordedAt),
    });
  }
}

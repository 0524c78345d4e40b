import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionIssuedV1, DecisionRevokedV1, EventEnvelope, ExemptionExpiredV1 } from '@qaztech/contracts';

/** Publishes records in the register: numbered, signed and announced in one transaction. */
@Injectable()
export class PublishRecordUseCase {
  async decision(_event: EventEnvelope<'decision.issued.v1', DecisionIssuedV1>, _manager: EntityManager): Promise<void> {}

  async revocation(_event: EventEnvelope<'decision.revoked.v1', DecisionRevokedV1>, _manager: EntityManager): Promise<void> {}

  async expiry(_event: EventEnvelope<'exemption.expired.v1', ExemptionExpiredV1>, _manager: EntityManager): Promise<void> {}
}

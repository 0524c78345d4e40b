import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionIssuedV1, DecisionRevokedV1, EventEnvelope, ExemptionExpiredV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { PublishRecordUseCase } from './publish-record.use-case';

/** An issued decision becomes the decision's own record in the register. */
@Injectable()
export class DecisionIssuedHandler implements EventHandler<'decision.issued.v1'> {
  readonly eventType = 'decision.issued.v1' as const;

  constructor(private readonly publish: PublishRecordUseCase) {}

  async handle(event: EventEnvelope<'decision.issued.v1', DecisionIssuedV1>, manager: EntityManager): Promise<void> {
    await this.publish.decision(event, manager);
  }
}

/** A revocation is published as a new record that corrects the decision's latest one. */
@Injectable()
export class DecisionRevokedHandler implements EventHandler<'decision.revoked.v1'> {
  readonly eventType = 'decision.revoked.v1' as const;

  constructor(private readonly publish: PublishRecordUseCase) {}

  async handle(event: EventEnvelope<'decision.revoked.v1', DecisionRevokedV1>, manager: EntityManager): Promise<void> {
    await this.publish.revocation(event, manager);
  }
}

/** An exemption that reached the end of its validity is published as an expiry record. */
@Injectable()
export class ExemptionExpiredHandler implements EventHandler<'exemption.expired.v1'> {
  readonly eventType = 'exemption.expired.v1' as const;

  constructor(private readonly publish: PublishRecordUseCase) {}

  async handle(event: EventEnvelope<'exemption.expired.v1', ExemptionExpiredV1>, manager: EntityManager): Promise<void> {
    await this.publish.expiry(event, manager);
  }
}

import { Injectable } from '@nestjs/common';
import { DecisionPublishedV1, EventEnvelope } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';

/**
 * The register hears its own publications so that webhook deliveries can fan out from them.
 * Subscriptions and deliveries are not built yet: until they are, a publication has no
 * subscriber to reach, and handling it is only recording that it was seen.
 */
@Injectable()
export class FanOutDeliveriesHandler implements EventHandler<'decision.published.v1'> {
  readonly eventType = 'decision.published.v1' as const;

  async handle(_event: EventEnvelope<'decision.published.v1', DecisionPublishedV1>): Promise<void> {
    // Nothing to deliver yet: see the class comment.
  }
}

import { Injectable } from '@nestjs/common';
import { Clock, ContextMessaging, OutboxWriter } from '@qaztech/platform';

/** The registry's outbox: every record it publishes leaves as `decision.published.v1`. */
@Injectable()
export class RegistryOutbox extends OutboxWriter {
  constructor(clock: Clock) {
    super('registry', clock);
  }
}

/** Token for the registry's relay and event worker. */
export abstract class RegistryMessaging extends ContextMessaging {}

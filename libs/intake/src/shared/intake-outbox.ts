import { Injectable } from '@nestjs/common';
import { Clock, ContextMessaging, OutboxWriter } from '@qaztech/platform';

/** The intake context's outbox writer. */
@Injectable()
export class IntakeOutbox extends OutboxWriter {
  constructor(clock: Clock) {
    super('intake', clock);
  }
}

/** Token for the intake context's relay and event worker. */
export abstract class IntakeMessaging extends ContextMessaging {}

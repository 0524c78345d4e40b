import { Injectable } from '@nestjs/common';
import { ContextMessaging, OutboxWriter } from '@qaztech/platform';

/** The intake context's outbox writer. */
@Injectable()
export class IntakeOutbox extends OutboxWriter {
  constructor() {
    super('intake');
  }
}

/** Token for the intake context's relay and event worker. */
export abstract class IntakeMessaging extends ContextMessaging {}

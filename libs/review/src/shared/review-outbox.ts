import { Injectable } from '@nestjs/common';
import { ContextMessaging, OutboxWriter } from '@qaztech/platform';

/** The review context's outbox writer. */
@Injectable()
export class ReviewOutbox extends OutboxWriter {
  constructor() {
    super('review');
  }
}

/** Token for the review context's relay and event worker. */
export abstract class ReviewMessaging extends ContextMessaging {}

import { Injectable } from '@nestjs/common';
import { Clock, ContextMessaging, OutboxWriter } from '@qaztech/platform';

/** The audit context's own outbox: auditors' reads and redelivery requests. */
@Injectable()
export class AuditOutbox extends OutboxWriter {
  constructor(clock: Clock) {
    super('audit', clock);
  }
}

/** Token for the audit context's relay and event worker. */
export abstract class AuditMessaging extends ContextMessaging {}

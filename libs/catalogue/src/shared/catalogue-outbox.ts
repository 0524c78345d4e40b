import { Injectable } from '@nestjs/common';
import { Clock, ContextMessaging, OutboxWriter } from '@qaztech/platform';

/** The catalogue's outbox writer: every version of an entry leaves through it, to the ledger. */
@Injectable()
export class CatalogueOutbox extends OutboxWriter {
  constructor(clock: Clock) {
    super('catalogue', clock);
  }
}

/** Token for the catalogue's relay and event worker. */
export abstract class CatalogueMessaging extends ContextMessaging {}

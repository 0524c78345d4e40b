import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, nextStatus, RequestReturnedV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { RequestRepository } from '../requests/request.repository';

/**
 * The secretariat sent a request back: it becomes editable as the next version. An event that
 * no longer applies (the agency withdrew meanwhile, or it concerns an older version) is recorded
 * as handled and changes nothing, because retrying it could never make it apply.
 */
@Injectable()
export class RequestReturnedHandler implements EventHandler<'request.returned.v1'> {
  readonly eventType = 'request.returned.v1' as const;
  private readonly logger = new Logger(RequestReturnedHandler.name);

  constructor(private readonly requests: RequestRepository) {}

  async handle(event: EventEnvelope<'request.returned.v1', RequestReturnedV1>, manager: EntityManager): Promise<void> {
    const { requestId, version, remarks } = event.payload;
    const request = await this.requests.lockForSystem(manager, requestId);
    const next = request && nextStatus(request.status, 'return_for_revision');
    if (!request || !next || request.currentVersion !== version) {
      this.logger.warn({
        msg: 'return ignored: the request is not in a returnable state for that version',
        eventId: event.id,
        requestId: event.correlationId,
        status: request?.status ?? 'missing',
        currentVersion: request?.currentVersion,
        returnedVersion: version,
      });
      return;
    }
    request.status = next;
    request.returnRemarks = remarks;
    request.currentVersion += 1;
    request.rowVersion += 1;
    await this.requests.save(manager, request);
  }
}

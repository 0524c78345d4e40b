import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, RequestSubmittedV1, RequestWithdrawnV1 } from '@qaztech/contracts';
import { Clock, EventHandler, systemActor } from '@qaztech/platform';
import { ComputeOverlapReportUseCase } from '../overlap/compute-overlap-report.use-case';
import { requestDocument } from '../overlap/overlap-document';
import { OverlapIndex } from '../overlap/overlap-index';

/**
 * A submitted version arrives: the catalogue indexes it (so other requests find it while it is in
 * flight) and computes its overlap report, as the system, caused by the submission. A version
 * older than the one indexed changes nothing.
 */
@Injectable()
abstract class VersionArrivedHandler<T extends 'request.submitted.v1' | 'request.resubmitted.v1'> implements EventHandler<T> {
  abstract readonly eventType: T;

  constructor(
    private readonly index: OverlapIndex,
    private readonly reports: ComputeOverlapReportUseCase,
    private readonly clock: Clock,
  ) {}

  async handle(event: EventEnvelope<T, RequestSubmittedV1>, manager: EntityManager): Promise<void> {
    const submitted = event.payload;
    const existing = await this.index.find(manager, 'request', submitted.requestId);
    if (existing && Number(existing.details.version ?? 0) >= submitted.version) return;
    if (existing?.details.withdrawn === true) return;
    const glossary = await this.index.glossary(manager);
    await this.index.put(manager, requestDocument(glossary, submitted), this.clock.now());
    await this.reports.compute(manager, submitted.requestId, event.type === 'request.submitted.v1' ? 'submitted' : 'resubmitted', {
      actor: systemActor('catalogue'),
      correlationId: event.correlationId,
      causedBy: { eventId: event.id, type: event.type, actor: event.actor },
    });
  }
}

@Injectable()
export class RequestSubmittedHandler extends VersionArrivedHandler<'request.submitted.v1'> {
  readonly eventType = 'request.submitted.v1' as const;
}

@Injectable()
export class RequestResubmittedHandler extends VersionArrivedHandler<'request.resubmitted.v1'> {
  readonly eventType = 'request.resubmitted.v1' as const;
}

/** A withdrawn request is no longer in flight: reports stop naming it. */
@Injectable()
export class RequestWithdrawnHandler implements EventHandler<'request.withdrawn.v1'> {
  readonly eventType = 'request.withdrawn.v1' as const;

  constructor(
    private readonly index: OverlapIndex,
    private readonly clock: Clock,
  ) {}

  async handle(event: EventEnvelope<'request.withdrawn.v1', RequestWithdrawnV1>, manager: EntityManager): Promise<void> {
    await this.index.mark(manager, 'request', event.payload.requestId, false, { withdrawn: true }, this.clock.now());
  }
}

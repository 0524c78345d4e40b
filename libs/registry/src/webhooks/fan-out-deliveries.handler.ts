import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { EventArrivedEarly } from '../publishing/publish-record.use-case';
import { DeliveryRepository } from './delivery.repository';
import { FanOutRepository, Publication } from './fan-out.repository';

/**
 * Each publication becomes one delivery per active subscription, in the transaction that records
 * the event as handled. Publications are fanned out strictly in sequence, so that a subscriber's
 * deliveries exist in the order it must receive them: one whose predecessors are not fanned out
 * yet takes them from the register itself, or, when the register does not hold them, waits for
 * their events (the queue retries it).
 */
@Injectable()
abstract class FanOutDeliveries<T extends 'decision.published.v1' | 'decision.published.v2'> implements EventHandler<T> {
  abstract readonly eventType: T;
  private readonly logger = new Logger(FanOutDeliveries.name);

  constructor(
    private readonly fanOuts: FanOutRepository,
    private readonly deliveries: DeliveryRepository,
  ) {}

  async handle(event: EventEnvelope<T, Publication>, manager: EntityManager): Promise<void> {
    const publication = event.payload;
    const last = await this.fanOuts.lockProgress(manager);
    if (publication.sequence <= last) return;
    const between = publication.sequence - last - 1;
    const earlier = between > 0 ? await this.fanOuts.publishedBetween(manager, last + 1, publication.sequence - 1) : [];
    if (earlier.length !== between) {
      throw new EventArrivedEarly(`publication ${publication.sequence} came before publication ${last + 1} was fanned out`);
    }
    let created = 0;
    for (const item of [...earlier, publication]) created += await this.fanOuts.fanOut(manager, item);
    await this.fanOuts.saveProgress(manager, publication.sequence);
    if (created > 0) await this.deliveries.notify(manager);
    this.logger.log({ msg: 'publication fanned out', sequence: publication.sequence, deliveries: created, requestId: event.correlationId });
  }
}

@Injectable()
export class FanOutDeliveriesHandler extends FanOutDeliveries<'decision.published.v2'> {
  readonly eventType = 'decision.published.v2' as const;
}

/** Publications announced before records had version 2, still in a queue or redelivered. */
@Injectable()
export class FanOutDeliveriesV1Handler extends FanOutDeliveries<'decision.published.v1'> {
  readonly eventType = 'decision.published.v1' as const;
}

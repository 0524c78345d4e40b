import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  DecisionIssuedV1,
  DecisionRevokedV1,
  EventActor,
  EventEnvelope,
  ExemptionExpiredV1,
  PublishedDecisionRecordV2,
} from '@qaztech/contracts';
import { Clock } from '@qaztech/platform';
import { REGISTRY_KEYS } from '../shared/registry-config';
import { RegistryOutbox } from '../shared/registry-outbox';
import { RegistryKeys } from '../signing/registry-keys';
import { signRecord } from '../signing/record-signature';
import { almatyDate, correctionRecord, decisionRecord, Ending, recordNumberFor } from './public-record';
import { PublicationRepository, StoredRecord } from './publication.repository';

/** Thrown for an event whose decision is not in the register yet: the queue retries it later. */
export class EventArrivedEarly extends Error {
  override name = 'EventArrivedEarly';
}

const REGISTER_ACTOR: EventActor = { id: 'system', role: 'system', name: 'registry' };

interface Subject {
  event: EventEnvelope;
  decisionId: string;
  requestId: string;
}

/**
 * Publishes records in the register. A record is numbered, signed, stored and announced
 * (`decision.published.v1`) in the transaction that handles the event, so it exists if and only
 * if the event was handled, and a redelivered event publishes nothing twice.
 */
@Injectable()
export class PublishRecordUseCase {
  private readonly logger = new Logger(PublishRecordUseCase.name);

  constructor(
    private readonly publications: PublicationRepository,
    private readonly outbox: RegistryOutbox,
    @Inject(REGISTRY_KEYS) private readonly keys: RegistryKeys,
    private readonly clock: Clock,
  ) {}

  async decision(event: EventEnvelope<'decision.issued.v1', DecisionIssuedV1>, manager: EntityManager): Promise<void> {
    const decision = event.payload;
    if (await this.publications.publishedFrom(manager, event.id)) return;
    // A reconsideration's outcome corrects what the register last said about the earlier decision.
    let correctionOf: string | null = null;
    if (decision.reconsideredDecisionId) {
      const earlier = await this.publications.recordsOf(manager, decision.reconsideredDecisionId);
      if (earlier.length === 0) throw new EventArrivedEarly(`${event.id}: the reconsidered decision is not in the register yet`);
      correctionOf = earlier.at(-1)!.recordNumber;
    }
    const subject = { event, decisionId: decision.decisionId, requestId: decision.requestId };
    await this.publish(subject, manager, (publishedAt) =>
      decisionRecord(decision, { recordNumber: recordNumberFor(decision.decisionNumber, 0), correctionOf, publishedAt }),
    );
  }

  async revocation(event: EventEnvelope<'decision.revoked.v1', DecisionRevokedV1>, manager: EntityManager): Promise<void> {
    await this.correct(
      { event, decisionId: event.payload.decisionId, requestId: event.payload.requestId },
      { kind: 'revocation', reasons: event.payload.reasons },
      event.payload.revokedAt,
      manager,
    );
  }

  async expiry(event: EventEnvelope<'exemption.expired.v1', ExemptionExpiredV1>, manager: EntityManager): Promise<void> {
    await this.correct(
      { event, decisionId: event.payload.decisionId, requestId: event.payload.requestId },
      { kind: 'expiry' },
      event.occurredAt,
      manager,
    );
  }

  private async correct(subject: Subject, ending: Ending, decidedAt: string, manager: EntityManager): Promise<void> {
    if (await this.publications.publishedFrom(manager, subject.event.id)) return;
    const records = await this.publications.recordsOf(manager, subject.decisionId);
    const latest: StoredRecord | undefined = records.at(-1);
    if (!latest) throw new EventArrivedEarly(`${subject.event.type} ${subject.event.id} came before its decision was published`);
    await this.publish(subject, manager, (publishedAt) =>
      correctionRecord(latest.record, ending, decidedAt, {
        recordNumber: recordNumberFor(latest.record.decisionNumber, records.length),
        correctionOf: latest.recordNumber,
        publishedAt,
      }),
    );
  }

  private async publish(
    subject: Subject,
    manager: EntityManager,
    build: (publishedAt: string) => PublishedDecisionRecordV2,
  ): Promise<void> {
    const sequence = await this.publications.nextSequence(manager);
    const record = build(this.clock.now().toISOString());
    const { signer } = this.keys;
    const jws = signRecord(record, signer);
    const publicationId = randomUUID();
    const announced = await this.outbox.append(manager, {
      type: 'decision.published.v2',
      aggregateId: subject.requestId,
      actor: REGISTER_ACTOR,
      correlationId: subject.event.correlationId,
      payload: { publicationId, sequence, decisionId: subject.decisionId, requestId: subject.requestId, record, jws, kid: signer.kid },
    });
    await this.publications.insert(manager, {
      id: publicationId,
      sequence,
      decisionId: subject.decisionId,
      requestId: subject.requestId,
      sourceEventId: subject.event.id,
      publishedEventId: announced.id,
      record,
      jws,
      kid: signer.kid,
      decisionDate: almatyDate(record.decidedAt),
    });
    this.logger.log({
      msg: 'record published',
      recordNumber: record.recordNumber,
      kind: record.kind,
      sequence,
      requestId: subject.event.correlationId,
    });
  }
}

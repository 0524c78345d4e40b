import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EventCause } from '@qaztech/contracts';
import { decodeLeaf } from '../log';
import { EntryRow } from '../log-store/ledger.query';

export class EntryActorView {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) name!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) agencyBin!: string | null;
}

export class EventCauseActorView {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() agencyBin?: string;
}

export class EventCauseView {
  @ApiPropertyOptional({ nullable: true, type: String }) eventId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) type!: string | null;
  @ApiProperty({ type: () => EventCauseActorView }) actor!: EventCauseActorView;
}

/** One step of the history as an auditor reads it. */
export class EntryView {
  @ApiProperty() index!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'request.submitted.v1' }) type!: string;
  @ApiProperty({ example: 'intake' }) source!: string;
  @ApiProperty() sourceSequence!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ type: () => EntryActorView }) actor!: EntryActorView;
  @ApiPropertyOptional({
    type: () => EventCauseView,
    nullable: true,
    description: 'For a step the system took by itself: the act that caused it, and whose it was',
  })
  causedBy!: EventCause | null;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() appendedAt!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The event's payload; null once erased (the leaf and its proofs remain valid)",
  })
  payload!: unknown;
  @ApiProperty() erased!: boolean;
  @ApiProperty() leafHash!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) previousRequestLeaf!: string | null;
}

export class EntryPageView {
  @ApiProperty({ type: () => [EntryView] }) items!: EntryView[];
  @ApiPropertyOptional() nextCursor?: string;
}

export function toEntryView(entry: EntryRow): EntryView {
  const leaf = decodeLeaf(entry.leaf);
  return {
    index: entry.index,
    eventId: entry.eventId,
    type: entry.eventType,
    source: entry.source,
    sourceSequence: entry.sourceSequence,
    requestId: entry.requestId,
    actor: { id: entry.actorId, role: entry.actorRole, name: entry.document?.actorName ?? null, agencyBin: entry.agencyBin },
    causedBy: entry.document?.causedBy ?? null,
    occurredAt: entry.occurredAt.toISOString(),
    appendedAt: entry.integratedAt.toISOString(),
    payload: entry.document?.payload ?? null,
    erased: entry.document === null,
    leafHash: entry.leafHash.toString('hex'),
    previousRequestLeaf: leaf.previousRequestLeaf,
  };
}

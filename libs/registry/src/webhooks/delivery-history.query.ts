import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, DomainError, Page, preparedQuery, toPage } from '@qaztech/platform';
import { DeliveryStatus } from './delivery-rule';
import { RegistryError } from '../shared/registry-errors';

export class AttemptView {
  @ApiProperty() attemptedAt!: string;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The HTTP status answered, null when none came' }) statusCode!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() delivered!: boolean;
}

export class DeliveryView {
  @ApiProperty() id!: string;
  @ApiProperty() publicationId!: string;
  @ApiProperty() sequence!: number;
  @ApiProperty() recordNumber!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'dead', 'cancelled'] }) status!: DeliveryStatus;
  @ApiProperty({ nullable: true, type: String, description: 'For a pending delivery' }) nextAttemptAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ type: [AttemptView] }) attempts!: AttemptView[];
}

export class DeliveryPageView {
  @ApiProperty({ type: () => [DeliveryView] }) items!: DeliveryView[];
  @ApiPropertyOptional() nextCursor?: string;
}

interface DeliveryRow {
  id: string;
  publication_id: string;
  sequence: string;
  record_number: string;
  status: DeliveryStatus;
  next_attempt_at: Date;
  created_at: Date;
  finished_at: Date | null;
  attempts: { attempted_at: string; duration_ms: number; status_code: number | null; error: string | null; delivered: boolean }[];
}

function toView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    publicationId: row.publication_id,
    sequence: Number(row.sequence),
    recordNumber: row.record_number,
    status: row.status,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    attempts: row.attempts.map((attempt) => ({
      attemptedAt: new Date(attempt.attempted_at).toISOString(),
      durationMs: attempt.duration_ms,
      statusCode: attempt.status_code,
      error: attempt.error,
      delivered: attempt.delivered,
    })),
  };
}

const SELECT_DELIVERIES = `
  SELECT d.id, d.publication_id, d.sequence, d.body::jsonb #>> '{record,recordNumber}' AS record_number, d.status,
         d.next_attempt_at, d.created_at, d.finished_at,
         coalesce((SELECT json_agg(json_build_object('attempted_at', a.attempted_at, 'duration_ms', a.duration_ms,
                    'status_code', a.status_code, 'error', a.error, 'delivered', a.delivered) ORDER BY a.id)
                     FROM registry.webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS attempts
    FROM registry.webhook_deliveries d`;

/** A subscription's deliveries with every attempt, for administrators. */
@Injectable()
export class DeliveryHistoryQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest publication first, by cursor. */
  async list(subscriptionId: string, limit: number, cursor: string | undefined): Promise<Page<DeliveryView>> {
    const before = cursor ? decodeCursor(cursor, ([sequence]) => (typeof sequence === 'number' ? sequence : undefined)) : null;
    const rows = await preparedQuery<DeliveryRow>(
      this.dataSource,
      'registry.deliveries_of',
      `${SELECT_DELIVERIES} WHERE d.subscription_id = $1 AND ($2::bigint IS NULL OR d.sequence < $2) ORDER BY d.sequence DESC LIMIT $3`,
      [subscriptionId, before, limit + 1],
    );
    return toPage(rows, limit, toView, (row) => [Number(row.sequence)]);
  }

  async find(subscriptionId: string, deliveryId: string): Promise<DeliveryView> {
    const rows = await preparedQuery<DeliveryRow>(
      this.dataSource,
      'registry.delivery',
      `${SELECT_DELIVERIES} WHERE d.subscription_id = $1 AND d.id = $2`,
      [subscriptionId, deliveryId],
    );
    if (rows.length === 0) throw new DomainError(RegistryError.DELIVERY_NOT_FOUND);
    return toView(rows[0]!);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryState, DeliveryStatus } from './delivery-rule';
import { SigningSecrets } from './signature';
import { WEBHOOK_CHANNEL } from './webhook-config';

/** A delivery read under its row lock, with what sending it needs. */
export interface LockedDelivery extends DeliveryState {
  id: string;
  subscriptionId: string;
  sequence: number;
  body: string;
  attempts: number;
  windowStartedAt: Date;
  targetUrl: string;
  secrets: SigningSecrets;
  /** The database's clock, the one every delivery time is measured on. */
  now: Date;
}

export interface AttemptRecord {
  deliveryId: string;
  claimToken: string;
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  delivered: boolean;
  /** For a failed attempt: when to try again, or null when the delivery is now dead. */
  nextAttemptAt: Date | null;
}

interface LockedRow {
  id: string;
  subscription_id: string;
  sequence: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  window_started_at: Date;
  next_attempt_at: Date;
  claimed_until: Date | null;
  target_url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  earlier_pending: number;
  now: Date;
}

/** Delivery rows as the workers use them: claimed, attempted, finished, and found again after a loss. */
@Injectable()
export class DeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lock(id: string, manager: EntityManager): Promise<LockedDelivery | null> {
    const rows = (await manager.query(
      `SELECT d.id, d.subscription_id, d.sequence, d.body, d.status, d.attempts, d.window_started_at, d.next_attempt_at,
              d.claimed_until, s.target_url, s.secret, s.previous_secret, s.previous_secret_until, now() AS now,
              (SELECT count(*)::int FROM registry.webhook_deliveries e
                WHERE e.subscription_id = d.subscription_id AND e.status = 'pending' AND e.sequence < d.sequence) AS earlier_pending
         FROM registry.webhook_deliveries d JOIN registry.webhook_subscriptions s ON s.id = d.subscription_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [id],
    )) as LockedRow[];
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      subscriptionId: row.subscription_id,
      sequence: Number(row.sequence),
      body: row.body,
      status: row.status,
      attempts: row.attempts,
      windowStartedAt: row.window_started_at,
      nextAttemptAt: row.next_attempt_at,
      claimedUntil: row.claimed_until,
      earlierPending: row.earlier_pending,
      targetUrl: row.target_url,
      secrets: { secret: row.secret, previousSecret: row.previous_secret, previousSecretUntil: row.previous_secret_until },
      now: row.now,
    };
  }

  async claim(id: string, token: string, leaseMs: number, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE registry.webhook_deliveries
          SET claim_token = $2, claimed_until = now() + make_interval(secs => $3::double precision / 1000)
        WHERE id = $1`,
      [id, token, leaseMs],
    );
  }

  /**
   * Records an attempt and its consequence. The row changes only under the claim that made the
   * attempt and only while pending: a delivery cancelled meanwhile stays cancelled.
   */
  async recordAttempt(attempt: AttemptRecord): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO registry.webhook_attempts (delivery_id, attempted_at, duration_ms, status_code, error, delivered)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [attempt.deliveryId, attempt.attemptedAt, attempt.durationMs, attempt.statusCode, attempt.error, attempt.delivered],
      );
      const status: DeliveryStatus = attempt.delivered ? 'delivered' : attempt.nextAttemptAt ? 'pending' : 'dead';
      await manager.query(
        `UPDATE registry.webhook_deliveries
            SET attempts = attempts + 1, status = $3, next_attempt_at = coalesce($4, next_attempt_at),
                finished_at = CASE WHEN $3 = 'pending' THEN NULL ELSE now() END, claim_token = NULL, claimed_until = NULL
          WHERE id = $1 AND claim_token = $2 AND status = 'pending'`,
        [attempt.deliveryId, attempt.claimToken, status, attempt.nextAttemptAt],
      );
    });
  }

  /** The delivery each active subscriber is due to get next: the pending one first in sequence. */
  async heads(subscriptionId: string | null = null): Promise<{ id: string; nextAttemptAt: Date }[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (d.subscription_id) d.id, d.next_attempt_at
         FROM registry.webhook_deliveries d
        WHERE d.status = 'pending' AND ($1::uuid IS NULL OR d.subscription_id = $1)
        ORDER BY d.subscription_id, d.sequence`,
      [subscriptionId],
    )) as { id: string; next_attempt_at: Date }[];
    return rows.map((row) => ({ id: row.id, nextAttemptAt: row.next_attempt_at }));
  }

  /** Wakes the delivery workers once the transaction commits. */
  async notify(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [WEBHOOK_CHANNEL, '']);
  }
}

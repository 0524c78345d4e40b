import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
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

const DELIVERIES = 'registry.webhook_deliveries';

/** Delivery rows as the workers use them: claimed, attempted, finished, and found again after a loss. */
@Injectable()
export class DeliveryRepository {
  /** Every send reads its delivery this way: a prepared statement. */
  async lock(manager: EntityManager, id: string): Promise<LockedDelivery | null> {
    const [row] = await preparedQuery<LockedRow>(
      manager,
      'registry.lock_delivery',
      `SELECT d.id, d.subscription_id, d.sequence, d.body, d.status, d.attempts, d.window_started_at, d.next_attempt_at,
              d.claimed_until, s.target_url, s.secret, s.previous_secret, s.previous_secret_until, now() AS now,
              (SELECT count(*)::int FROM registry.webhook_deliveries e
                WHERE e.subscription_id = d.subscription_id AND e.status = 'pending' AND e.sequence < d.sequence) AS earlier_pending
         FROM registry.webhook_deliveries d JOIN registry.webhook_subscriptions s ON s.id = d.subscription_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [id],
    );
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

  async claim(manager: EntityManager, id: string, token: string, leaseMs: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(DELIVERIES)
      .set({ claim_token: token, claimed_until: () => 'now() + make_interval(secs => CAST(:leaseMs AS double precision) / 1000)' })
      .where('id = :id', { id, leaseMs })
      .execute();
  }

  /**
   * Records an attempt and its consequence. The row changes only under the claim that made the
   * attempt and only while pending: a delivery cancelled meanwhile stays cancelled.
   */
  async recordAttempt(manager: EntityManager, attempt: AttemptRecord): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into('registry.webhook_attempts', ['delivery_id', 'attempted_at', 'duration_ms', 'status_code', 'error', 'delivered'])
      .values({
        delivery_id: attempt.deliveryId,
        attempted_at: attempt.attemptedAt,
        duration_ms: attempt.durationMs,
        status_code: attempt.statusCode,
        error: attempt.error,
        delivered: attempt.delivered,
      })
      .execute();
    const status: DeliveryStatus = attempt.delivered ? 'delivered' : attempt.nextAttemptAt ? 'pending' : 'dead';
    await manager
      .createQueryBuilder()
      .update(DELIVERIES)
      .set({
        attempts: () => 'attempts + 1',
        status,
        next_attempt_at: attempt.nextAttemptAt ?? (() => 'next_attempt_at'),
        finished_at: status === 'pending' ? null : () => 'now()',
        claim_token: null,
        claimed_until: null,
      })
      .where("id = :id AND claim_token = :claimToken AND status = 'pending'", { id: attempt.deliveryId, claimToken: attempt.claimToken })
      .execute();
  }

  /** Cancels a subscriber's waiting deliveries; returns how many. */
  async cancelPending(manager: EntityManager, subscriptionId: string): Promise<number> {
    const { affected } = await manager
      .createQueryBuilder()
      .update(DELIVERIES)
      .set({ status: 'cancelled', finished_at: () => 'now()' })
      .where("subscription_id = :subscriptionId AND status = 'pending'", { subscriptionId })
      .execute();
    return affected ?? 0;
  }

  /** Makes a delivery pending again, due now, with a fresh retry window; false when it is not the subscriber's. */
  async revive(manager: EntityManager, subscriptionId: string, deliveryId: string): Promise<boolean> {
    const { affected } = await manager
      .createQueryBuilder()
      .update(DELIVERIES)
      .set({ status: 'pending', window_started_at: () => 'now()', next_attempt_at: () => 'now()', finished_at: null })
      .where('id = :deliveryId AND subscription_id = :subscriptionId', { deliveryId, subscriptionId })
      .execute();
    return (affected ?? 0) > 0;
  }

  /** The delivery each active subscriber is due to get next: the pending one first in sequence. */
  async heads(manager: EntityManager, subscriptionId: string | null = null): Promise<{ id: string; nextAttemptAt: Date }[]> {
    const query = manager
      .createQueryBuilder()
      .select(['d.id AS id', 'd.next_attempt_at AS next_attempt_at'])
      .distinctOn(['d.subscription_id'])
      .from(DELIVERIES, 'd')
      .where("d.status = 'pending'");
    if (subscriptionId) query.andWhere('d.subscription_id = :subscriptionId', { subscriptionId });
    const rows = await query.orderBy('d.subscription_id').addOrderBy('d.sequence').getRawMany<{ id: string; next_attempt_at: Date }>();
    return rows.map((row) => ({ id: row.id, nextAttemptAt: row.next_attempt_at }));
  }

  /** Wakes the delivery workers once the transaction commits. */
  async notify(manager: EntityManager): Promise<void> {
    await preparedQuery(manager, 'registry.wake_deliveries', 'SELECT pg_notify($1, $2)', [WEBHOOK_CHANNEL, '']);
  }
}

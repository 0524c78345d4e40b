import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, DomainError, Page, toPage } from '@qaztech/platform';
import { SigningSecrets } from './signature';
import { RegistryError } from '../shared/registry-errors';

export type SubscriptionStatus = 'active' | 'disabled';

/** A subscription as stored, secrets included: never returned by the API as is. */
export interface Subscription extends SigningSecrets {
  id: string;
  targetUrl: string;
  description: string;
  status: SubscriptionStatus;
  createdBy: string;
  createdAt: Date;
  secretRotatedAt: Date | null;
  disabledAt: Date | null;
}

interface SubscriptionRow {
  id: string;
  target_url: string;
  description: string;
  status: SubscriptionStatus;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  created_by: string;
  created_at: Date;
  secret_rotated_at: Date | null;
  disabled_at: Date | null;
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    targetUrl: row.target_url,
    description: row.description,
    status: row.status,
    secret: row.secret,
    previousSecret: row.previous_secret,
    previousSecretUntil: row.previous_secret_until,
    createdBy: row.created_by,
    createdAt: row.created_at,
    secretRotatedAt: row.secret_rotated_at,
    disabledAt: row.disabled_at,
  };
}

export interface NewSubscription {
  id: string;
  targetUrl: string;
  description: string;
  createdBy: string;
}

/**
 * A new signing secret, 256 random bits, drawn by the database: a secret is never a query
 * parameter, because a failed query is logged with its parameters.
 */
const NEW_SECRET = `'whsec_' || rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '=')`;

/** The register's webhook subscriptions. */
@Injectable()
export class SubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(subscription: NewSubscription, manager: EntityManager): Promise<Subscription> {
    const rows = (await manager.query(
      `INSERT INTO registry.webhook_subscriptions (id, target_url, description, status, secret, created_by)
       VALUES ($1, $2, $3, 'active', ${NEW_SECRET}, $4) RETURNING *`,
      [subscription.id, subscription.targetUrl, subscription.description, subscription.createdBy],
    )) as SubscriptionRow[];
    return toSubscription(rows[0]!);
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<Subscription> {
    const rows = (await manager.query('SELECT * FROM registry.webhook_subscriptions WHERE id = $1', [id])) as SubscriptionRow[];
    if (rows.length === 0) throw new DomainError(RegistryError.SUBSCRIPTION_NOT_FOUND);
    return toSubscription(rows[0]!);
  }

  /** Holds the subscription until the transaction ends: its changes and the fan-out take turns. */
  async lock(id: string, manager: EntityManager): Promise<Subscription> {
    const rows = (await manager.query('SELECT * FROM registry.webhook_subscriptions WHERE id = $1 FOR UPDATE', [id])) as SubscriptionRow[];
    if (rows.length === 0) throw new DomainError(RegistryError.SUBSCRIPTION_NOT_FOUND);
    return toSubscription(rows[0]!);
  }

  /** Oldest first, by cursor. */
  async list(limit: number, cursor: string | undefined): Promise<Page<Subscription>> {
    const after = cursor
      ? decodeCursor(cursor, ([at, id]) => (typeof at === 'string' && typeof id === 'string' ? [at, id] : undefined))
      : null;
    // The cursor keeps the time as Postgres writes it: microseconds, which a JavaScript Date would cut.
    const rows = (await this.dataSource.query(
      `SELECT *, created_at::text AS created_key FROM registry.webhook_subscriptions
        WHERE $1::timestamptz IS NULL OR (created_at, id) > ($1::timestamptz, $2::uuid)
        ORDER BY created_at, id LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    )) as (SubscriptionRow & { created_key: string })[];
    return toPage(rows, limit, toSubscription, (row) => [row.created_key, row.id]);
  }

  async disable(id: string, manager: EntityManager): Promise<Subscription> {
    const rows = (await manager.query(
      `UPDATE registry.webhook_subscriptions SET status = 'disabled', disabled_at = now() WHERE id = $1 RETURNING *`,
      [id],
    )) as [SubscriptionRow[], number];
    return toSubscription(rows[0][0]!);
  }

  /** A new secret; the current one becomes the previous one, valid for `graceMs` more. */
  async rotate(id: string, graceMs: number, manager: EntityManager): Promise<Subscription> {
    const rows = (await manager.query(
      `UPDATE registry.webhook_subscriptions
          SET previous_secret = secret, previous_secret_until = now() + make_interval(secs => $2::double precision / 1000),
              secret = ${NEW_SECRET}, secret_rotated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, graceMs],
    )) as [SubscriptionRow[], number];
    return toSubscription(rows[0][0]!);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@qaztech/platform';
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

export interface SubscriptionRow {
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

export function toSubscription(row: SubscriptionRow): Subscription {
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
const NEW_SECRET = (): string => `'whsec_' || rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '=')`;

export const SUBSCRIPTIONS = 'registry.webhook_subscriptions';

/** The register's webhook subscriptions, as the transactions that change them see them. */
@Injectable()
export class SubscriptionRepository {
  async insert(manager: EntityManager, subscription: NewSubscription): Promise<Subscription> {
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(SUBSCRIPTIONS, ['id', 'target_url', 'description', 'status', 'secret', 'created_by'])
      .values({
        id: subscription.id,
        target_url: subscription.targetUrl,
        description: subscription.description,
        status: 'active',
        secret: NEW_SECRET,
        created_by: subscription.createdBy,
      })
      .returning('*')
      .execute();
    return toSubscription((raw as SubscriptionRow[])[0]!);
  }

  /** Holds the subscription until the transaction ends: its changes and the fan-out take turns. */
  async lock(manager: EntityManager, id: string): Promise<Subscription> {
    const row = await manager
      .createQueryBuilder()
      .select('s.*')
      .from(SUBSCRIPTIONS, 's')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawOne<SubscriptionRow>();
    if (!row) throw new DomainError(RegistryError.SUBSCRIPTION_NOT_FOUND);
    return toSubscription(row);
  }

  async disable(manager: EntityManager, id: string): Promise<Subscription> {
    return this.change(manager, id, { status: 'disabled', disabled_at: () => 'now()' });
  }

  /** A new secret; the current one becomes the previous one, valid for `graceMs` more. */
  async rotate(manager: EntityManager, id: string, graceMs: number): Promise<Subscription> {
    return this.change(
      manager,
      id,
      {
        previous_secret: () => 'secret',
        previous_secret_until: () => 'now() + make_interval(secs => CAST(:graceMs AS double precision) / 1000)',
        secret: NEW_SECRET,
        secret_rotated_at: () => 'now()',
      },
      { graceMs },
    );
  }

  private async change(
    manager: EntityManager,
    id: string,
    changes: Record<string, unknown>,
    parameters: Record<string, unknown> = {},
  ): Promise<Subscription> {
    const { raw } = await manager
      .createQueryBuilder()
      .update(SUBSCRIPTIONS)
      .set(changes)
      .where('id = :id', { id, ...parameters })
      .returning('*')
      .execute();
    return toSubscription((raw as SubscriptionRow[])[0]!);
  }
}

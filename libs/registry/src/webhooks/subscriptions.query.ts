import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, DomainError, Page, toPage } from '@qaztech/platform';
import { RegistryError } from '../shared/registry-errors';
import { Subscription, SUBSCRIPTIONS, SubscriptionRow, toSubscription } from './subscription.repository';

/** Subscriptions as administrators read them, outside any transaction: reads on the pool only. */
@Injectable()
export class SubscriptionsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string): Promise<Subscription> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('s.*')
      .from(SUBSCRIPTIONS, 's')
      .where('s.id = :id', { id })
      .getRawOne<SubscriptionRow>();
    if (!row) throw new DomainError(RegistryError.SUBSCRIPTION_NOT_FOUND);
    return toSubscription(row);
  }

  /** Oldest first, by cursor. */
  async list(limit: number, cursor: string | undefined): Promise<Page<Subscription>> {
    const after = cursor
      ? decodeCursor(cursor, ([at, id]) => (typeof at === 'string' && typeof id === 'string' ? [at, id] : undefined))
      : null;
    // The cursor keeps the time as Postgres writes it: microseconds, which a JavaScript Date would cut.
    const query = this.dataSource
      .createQueryBuilder()
      .select(['s.*', 'CAST(s.created_at AS text) AS created_key'])
      .from(SUBSCRIPTIONS, 's');
    if (after) query.where('(s.created_at, s.id) > (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at: after[0], id: after[1] });
    const rows = await query
      .orderBy('s.created_at')
      .addOrderBy('s.id')
      .limit(limit + 1)
      .getRawMany<SubscriptionRow & { created_key: string }>();
    return toPage(rows, limit, toSubscription, (row) => [row.created_key, row.id]);
  }
}

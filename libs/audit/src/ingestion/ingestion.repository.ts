import { EntityManager } from 'typeorm';
import { ContextName, EventEnvelope, SourceHead } from '@qaztech/contracts';
import { preparedQuery } from '@qaztech/platform';

export const INBOX_CHANNEL = 'audit_inbox';

const PROGRESS = 'audit.source_progress';

/** A source's progress under its row lock, with the lowest event waiting past it. */
export interface LockedProgress {
  integratedThrough: number;
  announcedHead: number;
  gapSince: Date | null;
  redeliveryRequestedAt: Date | null;
  redeliveryRequests: number;
  lowestWaiting: number | null;
}

/**
 * The ledger's intake: the inbox events land in, and each source's progress (how far the log
 * holds it, how far it says it published, and an open gap). Every method takes the caller's
 * transaction, or the pool when the caller says so.
 */
export class IngestionRepository {
  /**
   * Lands events in the inbox, once each, in the order given: the integrator appends them to the
   * log in source order. An event arriving twice (a redelivery) is a no-op; a commit wakes the
   * integrator.
   */
  async land(manager: EntityManager, events: readonly EventEnvelope[]): Promise<void> {
    await preparedQuery(
      manager,
      'audit.inbox_land',
      `WITH arrived AS (
       SELECT (e->>'id')::uuid AS event_id, e->>'source' AS source, (e->>'sequence')::bigint AS source_sequence,
              e AS envelope, position
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS arrived (e, position)),
     landed AS (
       INSERT INTO audit.inbox (event_id, source, source_sequence, envelope)
       SELECT event_id, source, source_sequence, envelope FROM arrived
        WHERE NOT EXISTS (SELECT 1 FROM audit.entries WHERE entries.event_id = arrived.event_id)
        ORDER BY position
       ON CONFLICT DO NOTHING),
     known AS (
       INSERT INTO audit.source_progress (source)
       SELECT DISTINCT source FROM arrived
        WHERE NOT EXISTS (SELECT 1 FROM audit.source_progress WHERE source_progress.source = arrived.source)
       ON CONFLICT DO NOTHING)
     SELECT pg_notify($2, '')`,
      [JSON.stringify(events), INBOX_CHANNEL],
    );
  }

  /** Records how far a source says it has published, so a missing tail is noticed. */
  async recordAnnouncedHead(manager: EntityManager, head: SourceHead): Promise<void> {
    await preparedQuery(
      manager,
      'audit.announced_head',
      `INSERT INTO audit.source_progress (source, announced_head) VALUES ($1, $2)
       ON CONFLICT (source) DO UPDATE SET announced_head = greatest(audit.source_progress.announced_head, excluded.announced_head)`,
      [head.source, head.lastSequence],
    );
  }

  /** Every source that ever delivered (the inbox records it on arrival): no scan of the inbox. */
  async sources(manager: EntityManager): Promise<ContextName[]> {
    const rows = await manager.createQueryBuilder().select('p.source', 'source').from(PROGRESS, 'p').getRawMany<{ source: ContextName }>();
    return rows.map((row) => row.source);
  }

  async lockProgress(manager: EntityManager, source: ContextName): Promise<LockedProgress | undefined> {
    const row = await manager
      .createQueryBuilder()
      .select(['p.integrated_through AS integrated_through', 'p.announced_head AS announced_head', 'p.gap_since AS gap_since'])
      .addSelect(['p.redelivery_requested_at AS redelivery_requested_at', 'p.redelivery_requests AS redelivery_requests'])
      .addSelect(
        '(SELECT min(source_sequence) FROM audit.inbox i WHERE i.source = p.source AND i.source_sequence > p.integrated_through)',
        'lowest_waiting',
      )
      .from(PROGRESS, 'p')
      .where('p.source = :source', { source })
      .setLock('pessimistic_write')
      .getRawOne<{
        integrated_through: string;
        announced_head: string;
        gap_since: Date | null;
        redelivery_requested_at: Date | null;
        redelivery_requests: number;
        lowest_waiting: string | null;
      }>();
    if (!row) return undefined;
    return {
      integratedThrough: Number(row.integrated_through),
      announcedHead: Number(row.announced_head),
      gapSince: row.gap_since,
      redeliveryRequestedAt: row.redelivery_requested_at,
      redeliveryRequests: row.redelivery_requests,
      lowestWaiting: row.lowest_waiting === null ? null : Number(row.lowest_waiting),
    };
  }

  async closeGap(manager: EntityManager, source: ContextName): Promise<void> {
    await this.changeProgress(manager, source, { gap_since: null, redelivery_requested_at: null, redelivery_requests: 0 });
  }

  async openGap(manager: EntityManager, source: ContextName, since: Date): Promise<void> {
    await this.changeProgress(manager, source, { gap_since: since });
  }

  async recordRedeliveryRequest(manager: EntityManager, source: ContextName, at: Date): Promise<void> {
    await this.changeProgress(manager, source, { redelivery_requested_at: at, redelivery_requests: () => 'redelivery_requests + 1' });
  }

  /** Forgets a source's inbox rows the log already holds. */
  async forgetThrough(manager: EntityManager, source: ContextName, integratedThrough: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from('audit.inbox')
      .where('source = :source AND source_sequence <= :integratedThrough', { source, integratedThrough })
      .execute();
  }

  /** Events received but not yet in the ledger, per source. */
  async waitingBySource(manager: EntityManager): Promise<Record<string, number>> {
    const rows = await manager
      .createQueryBuilder()
      .select(['i.source AS source', 'CAST(count(*) AS int) AS count'])
      .from('audit.inbox', 'i')
      .groupBy('i.source')
      .getRawMany<{ source: string; count: number }>();
    return Object.fromEntries(rows.map((row) => [row.source, row.count]));
  }

  async logSize(manager: EntityManager, origin: string): Promise<number> {
    const row = await manager
      .createQueryBuilder()
      .select('h.size', 'size')
      .from('audit.log_head', 'h')
      .where('h.origin = :origin', { origin })
      .getRawOne<{ size: string }>();
    return Number(row?.size ?? 0);
  }

  private async changeProgress(manager: EntityManager, source: ContextName, changes: Record<string, unknown>): Promise<void> {
    await manager.createQueryBuilder().update(PROGRESS).set(changes).where('source = :source', { source }).execute();
  }
}

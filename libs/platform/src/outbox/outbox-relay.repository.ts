import { DataSource, QueryRunner } from 'typeorm';
import { ContextName, UnsequencedEvent } from '@qaztech/contracts';
import { preparedQuery } from '../database/prepared-query';

/** The first key of the relays' turn locks, `pg_advisory_lock(RELAY_TURN_LOCK, hashtext(source))`: "outb". */
export const RELAY_TURN_LOCK = 0x6f757462;

export interface OutboxRow {
  sequence: string;
  envelope: UnsequencedEvent;
}

export interface OutboxHead {
  redis_epoch: string | null;
  redis_epoch_since: Date | null;
}

/** The relay's statements on one source's outbox and head; each takes the connection it runs on. */
export class OutboxRelayRepository {
  constructor(
    private readonly source: ContextName,
    private readonly batchSize: number,
  ) {}

  /**
   * Replicas of one context take turns from numbering to the end of publishing, so a source's
   * events reach the queues in sequence order. A session lock, because it has to outlive the
   * numbering's transaction; the server drops it with the session. A replica that finds the turn
   * taken skips its cycle rather than wait: the holder relays what is there, and a commit it came
   * too late for wakes it again.
   */
  async takeTurn(runner: QueryRunner): Promise<boolean> {
    const [turn] = (await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS taken', [RELAY_TURN_LOCK, this.source])) as {
      taken: boolean;
    }[];
    return turn?.taken === true;
  }

  async endTurn(runner: QueryRunner): Promise<void> {
    // Fails only when the session is broken, and its lock goes with it: the pool does not take
    // back a connection that can no longer be queried.
    await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [RELAY_TURN_LOCK, this.source]).catch(() => undefined);
  }

  async lockHead(runner: QueryRunner): Promise<OutboxHead> {
    const [head] = await preparedQuery<OutboxHead>(
      runner.manager,
      `${this.source}.outbox_head_lock`,
      `SELECT redis_epoch, redis_epoch_since FROM ${this.source}.outbox_head WHERE source = $1 FOR UPDATE`,
      [this.source],
    );
    if (!head) throw new Error(`Outbox head for ${this.source} is missing`);
    return head;
  }

  /** Sets back to unpublished every numbered row published since `since`; returns how many. */
  async unpublishSince(runner: QueryRunner, since: Date): Promise<number> {
    const [, count] = (await runner.query(
      `UPDATE ${this.source}.outbox SET published_at = NULL WHERE published_at >= $1 AND sequence IS NOT NULL`,
      [since],
    )) as [unknown, number];
    return count;
  }

  async recordRedisEpoch(runner: QueryRunner, epoch: string): Promise<void> {
    await runner.query(`UPDATE ${this.source}.outbox_head SET redis_epoch = $2, redis_epoch_since = clock_timestamp() WHERE source = $1`, [
      this.source,
      epoch,
    ]);
  }

  /**
   * What goes out in this cycle, in one statement: rows numbered before but unpublished since (a
   * cycle cut short, a redelivery asked for them, or Redis lost them), then new rows, numbered
   * after the head's last sequence in the order they became visible, with the head moved past
   * them. The envelopes come back in sequence order.
   */
  async takeForPublishing(runner: QueryRunner): Promise<OutboxRow[]> {
    const schema = this.source;
    return preparedQuery<OutboxRow>(
      runner.manager,
      `${schema}.outbox_take`,
      `WITH again AS (
         SELECT sequence, envelope FROM ${schema}.outbox
          WHERE published_at IS NULL AND sequence IS NOT NULL ORDER BY sequence LIMIT $2),
       head AS (SELECT last_sequence FROM ${schema}.outbox_head WHERE source = $1),
       pending AS (
         SELECT o.position, head.last_sequence + row_number() OVER (ORDER BY o.position) AS next_sequence
           FROM (SELECT position FROM ${schema}.outbox WHERE sequence IS NULL ORDER BY position LIMIT $2) o CROSS JOIN head),
       numbered AS (
         UPDATE ${schema}.outbox o SET sequence = p.next_sequence FROM pending p
          WHERE o.position = p.position
         RETURNING o.sequence, o.envelope),
       moved AS (
         UPDATE ${schema}.outbox_head SET last_sequence = (SELECT max(sequence) FROM numbered)
          WHERE source = $1 AND EXISTS (SELECT 1 FROM numbered))
       SELECT sequence, envelope FROM again UNION ALL SELECT sequence, envelope FROM numbered ORDER BY sequence`,
      [schema, this.batchSize],
    );
  }

  /**
   * Marked with the clock, in the turn: later than any Redis identity seen before this turn and
   * earlier than any seen after, which is what `unpublishSince` relies on.
   */
  async markPublished(runner: QueryRunner, rows: readonly OutboxRow[]): Promise<void> {
    await preparedQuery(
      runner.manager,
      `${this.source}.outbox_mark_published`,
      `UPDATE ${this.source}.outbox SET published_at = clock_timestamp() WHERE sequence = ANY($1::bigint[])`,
      [rows.map((row) => row.sequence)],
    );
  }

  /** The highest sequence below which everything is on the queues (0: nothing yet). */
  async publishedHead(dataSource: DataSource): Promise<number> {
    const [row] = (await dataSource.query(
      `SELECT coalesce((SELECT min(sequence) - 1 FROM ${this.source}.outbox WHERE published_at IS NULL AND sequence IS NOT NULL),
                       (SELECT last_sequence FROM ${this.source}.outbox_head WHERE source = $1)) AS head`,
      [this.source],
    )) as { head: string | null }[];
    return Number(row?.head ?? 0);
  }

  async unpublishedCount(dataSource: DataSource): Promise<number> {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS count FROM ${this.source}.outbox WHERE published_at IS NULL`)) as {
      count: number;
    }[];
    return row?.count ?? 0;
  }
}

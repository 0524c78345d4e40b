import { QueryRunner } from 'typeorm';
import { ContextName } from '@qaztech/contracts';

/**
 * Tables every context needs to take part in messaging, created by the context's own migration
 * in its own schema: the outbox it writes, the head that numbers it, and the record of events
 * it has already handled (so a redelivered event has no second effect).
 */
export async function createMessagingTables(runner: QueryRunner, schema: ContextName): Promise<void> {
  await runner.query(`
    CREATE TABLE ${schema}.outbox (
      position     bigserial PRIMARY KEY,
      event_id     uuid NOT NULL UNIQUE,
      event_type   text NOT NULL,
      aggregate_id uuid,
      sequence     bigint UNIQUE,
      envelope     jsonb NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`);
  await runner.query(`CREATE INDEX outbox_unsequenced ON ${schema}.outbox (position) WHERE sequence IS NULL`);
  await runner.query(`CREATE INDEX outbox_unpublished ON ${schema}.outbox (sequence) WHERE published_at IS NULL AND sequence IS NOT NULL`);
  await runner.query(`
    CREATE TABLE ${schema}.outbox_head (
      source        text PRIMARY KEY,
      last_sequence bigint NOT NULL CHECK (last_sequence >= 0)
    )`);
  await runner.query(`INSERT INTO ${schema}.outbox_head (source, last_sequence) VALUES ($1, 0)`, [schema]);
  await runner.query(`
    CREATE TABLE ${schema}.processed_events (
      event_id     uuid PRIMARY KEY,
      event_type   text NOT NULL,
      source       text NOT NULL,
      sequence     bigint NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now()
    )`);
}

export async function dropMessagingTables(runner: QueryRunner, schema: ContextName): Promise<void> {
  await runner.query(`DROP TABLE ${schema}.processed_events, ${schema}.outbox_head, ${schema}.outbox`);
}

export function outboxChannel(schema: ContextName): string {
  return `outbox_${schema}`;
}

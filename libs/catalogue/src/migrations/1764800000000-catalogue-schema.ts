import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@qaztech/platform';

/**
 * The capability catalogue: each entry's current version, and every version it ever had, whole,
 * with the time it was recorded, so the catalogue of any past day is read from what is stored.
 */
export class CatalogueSchema1764800000000 implements MigrationInterface {
  name = 'CatalogueSchema1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE SCHEMA IF NOT EXISTS catalogue');
    await runner.query(`
      CREATE TABLE catalogue.capabilities (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        version     int NOT NULL CHECK (version >= 1),
        record      jsonb NOT NULL,
        retired     boolean NOT NULL DEFAULT false,
        updated_at  timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE catalogue.capability_versions (
        capability_id text NOT NULL REFERENCES catalogue.capabilities (id),
        version       int NOT NULL CHECK (version >= 1),
        change        text NOT NULL CHECK (change IN ('created', 'updated', 'status_changed', 'retired')),
        record        jsonb NOT NULL,
        recorded_at   timestamptz NOT NULL,
        recorded_by   jsonb NOT NULL,
        PRIMARY KEY (capability_id, version)
      )`);
    await runner.query('CREATE INDEX capability_versions_recorded ON catalogue.capability_versions (recorded_at)');
    await createMessagingTables(runner, 'catalogue');
    // The relay's Redis identity, which the other contexts' outbox heads gained by a later
    // migration: the catalogue's head has it from the start.
    await runner.query('ALTER TABLE catalogue.outbox_head ADD COLUMN redis_epoch text, ADD COLUMN redis_epoch_since timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'catalogue');
    await runner.query('DROP SCHEMA catalogue CASCADE');
  }
}

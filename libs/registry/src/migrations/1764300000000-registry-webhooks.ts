import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks of the register: subscriptions, one delivery row per publication and subscriber (the
 * source of truth; queue jobs only trigger them), and every attempt made.
 */
export class RegistryWebhooks1764300000000 implements MigrationInterface {
  name = 'RegistryWebhooks1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    // Secrets are drawn by the database (gen_random_bytes), so they never travel as a query
    // parameter, which a failed query would print in the log.
    await runner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    // The signing secret must be readable to compute each signature, so it is stored as is; the
    // schema's grants are the protection, and no API or event ever returns it after creation.
    await runner.query(`
      CREATE TABLE registry.webhook_subscriptions (
        id                       uuid PRIMARY KEY,
        target_url               text NOT NULL,
        description              text NOT NULL,
        status                   text NOT NULL CHECK (status IN ('active', 'disabled')),
        secret                   text NOT NULL,
        previous_secret          text,
        previous_secret_until    timestamptz,
        created_by               text NOT NULL,
        created_at               timestamptz NOT NULL DEFAULT now(),
        secret_rotated_at        timestamptz,
        disabled_at              timestamptz,
        CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL))
      )`);
    await runner.query(`
      CREATE TABLE registry.webhook_deliveries (
        id                 uuid PRIMARY KEY,
        subscription_id    uuid NOT NULL REFERENCES registry.webhook_subscriptions (id),
        publication_id     uuid NOT NULL,
        sequence           bigint NOT NULL CHECK (sequence >= 1),
        body               text NOT NULL,
        status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead', 'cancelled')),
        attempts           integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        window_started_at  timestamptz NOT NULL DEFAULT now(),
        next_attempt_at    timestamptz NOT NULL DEFAULT now(),
        claim_token        uuid,
        claimed_until      timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        finished_at        timestamptz,
        UNIQUE (subscription_id, publication_id)
      )`);
    // The next delivery of each subscriber is the pending one with the lowest sequence.
    await runner.query(`CREATE INDEX webhook_deliveries_pending ON registry.webhook_deliveries (subscription_id, sequence)
                        WHERE status = 'pending'`);
    await runner.query('CREATE INDEX webhook_deliveries_of_subscription ON registry.webhook_deliveries (subscription_id, sequence DESC)');
    await runner.query(`
      CREATE TABLE registry.webhook_attempts (
        id            bigserial PRIMARY KEY,
        delivery_id   uuid NOT NULL REFERENCES registry.webhook_deliveries (id),
        attempted_at  timestamptz NOT NULL,
        duration_ms   integer NOT NULL CHECK (duration_ms >= 0),
        status_code   integer,
        error         text,
        delivered     boolean NOT NULL
      )`);
    await runner.query('CREATE INDEX webhook_attempts_of_delivery ON registry.webhook_attempts (delivery_id, id)');
    // How far the register's publications have been turned into deliveries. Publications are
    // fanned out strictly in sequence so that a subscriber's deliveries are created in order.
    // Publications made before webhooks existed have no subscriber to reach.
    await runner.query(`
      CREATE TABLE registry.webhook_fan_out (
        id            boolean PRIMARY KEY DEFAULT true CHECK (id),
        last_sequence bigint NOT NULL CHECK (last_sequence >= 0)
      )`);
    await runner.query(
      'INSERT INTO registry.webhook_fan_out (id, last_sequence) SELECT true, last_sequence FROM registry.publication_counter',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE registry.webhook_fan_out, registry.webhook_attempts, registry.webhook_deliveries, registry.webhook_subscriptions',
    );
  }
}

import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Module, Param, Post, Query, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply } from 'fastify';
import { Pool, PoolClient } from 'pg';

/**
 * The floor the system is compared with: a bare NestJS application on the same Fastify adapter,
 * with no authentication, validation, ORM or idempotency, doing the same inserts and selects
 * with `pg` on copies of the intake tables (schema `bare`, same columns and indexes), so that
 * the running system's relay never sees its rows. It also serves prepared JSON from memory.
 */
const POOL = Symbol('POOL');
const STATIC = Symbol('STATIC');
const AGENCY = process.env.BENCH_AGENCY_BIN ?? '940140000385';

const SCHEMA = `
  CREATE SCHEMA IF NOT EXISTS bare;
  CREATE TABLE IF NOT EXISTS bare.requests (LIKE intake.requests INCLUDING ALL);
  CREATE TABLE IF NOT EXISTS bare.request_versions (LIKE intake.request_versions INCLUDING ALL);
  CREATE TABLE IF NOT EXISTS bare.outbox (LIKE intake.outbox INCLUDING ALL);
  CREATE TABLE IF NOT EXISTS bare.registration_counters (LIKE intake.registration_counters INCLUDING ALL);`;

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

function envelope(type: string, id: string, payload: unknown): string {
  return JSON.stringify({ id: randomUUID(), type, source: 'bare', aggregateId: id, occurredAt: new Date().toISOString(), payload });
}

@Controller('bare')
class BareController {
  constructor(
    @Inject(POOL) private readonly pool: Pool,
    @Inject(STATIC) private readonly prepared: Map<string, string>,
  ) {}

  @Post('requests')
  async create(@Body() content: unknown): Promise<unknown> {
    const id = randomUUID();
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query(
        `INSERT INTO bare.requests (id, agency_bin, status, current_version, row_version, content, created_by)
         VALUES ($1, $2, 'draft', 1, 1, $3, 'bench') RETURNING *`,
        [id, AGENCY, JSON.stringify(content)],
      );
      await client.query('INSERT INTO bare.outbox (event_id, event_type, aggregate_id, envelope) VALUES ($1, $2, $3, $4)', [
        randomUUID(),
        'request.created.v1',
        id,
        envelope('request.created.v1', id, content),
      ]);
      return rows[0] as unknown;
    });
  }

  @Post('requests/:id/submit')
  @HttpCode(200)
  async submit(@Param('id') id: string): Promise<unknown> {
    // The system's statements in the system's order: the event first, then one statement that
    // takes the year's number and writes the request, its version and the number into the event.
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query('SELECT * FROM bare.requests WHERE id = $1 AND agency_bin = $2 FOR UPDATE', [id, AGENCY]);
      const request = rows[0] as { content: unknown } | undefined;
      if (!request) return { missing: id };
      const eventId = randomUUID();
      await client.query('INSERT INTO bare.outbox (event_id, event_type, aggregate_id, envelope) VALUES ($1, $2, $3, $4)', [
        eventId,
        'request.submitted.v1',
        id,
        envelope('request.submitted.v1', id, { registrationNumber: '', content: request.content }),
      ]);
      const updated = await client.query(
        `WITH counter AS (
           INSERT INTO bare.registration_counters AS c (year, last_number) VALUES ($2, 1)
           ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1 RETURNING last_number),
         numbered AS (SELECT intake.registration_number($2, last_number) AS number FROM counter),
         version AS (
           INSERT INTO bare.request_versions (request_id, version, registration_number, content, attachments, submitted_by, submitted_by_name, submitted_at)
           SELECT $1, 1, number, $3, '[]', 'bench', 'Benchmark', now() FROM numbered),
         event AS (
           UPDATE bare.outbox SET envelope = jsonb_set(envelope, '{payload,registrationNumber}', to_jsonb(number))
             FROM numbered WHERE event_id = $4)
         UPDATE bare.requests SET status = 'submitted', registration_number = number, submitted_at = now(), row_version = row_version + 1
           FROM numbered WHERE id = $1 RETURNING bare.requests.*`,
        [id, new Date().getUTCFullYear(), JSON.stringify(request.content), eventId],
      );
      return updated.rows[0] as unknown;
    });
  }

  @Get('requests/:id')
  async one(@Param('id') id: string): Promise<unknown> {
    const { rows } = await this.pool.query('SELECT * FROM intake.requests WHERE id = $1 AND agency_bin = $2', [id, AGENCY]);
    return rows[0] ?? {};
  }

  @Get('requests')
  async list(@Query('limit') limit?: string): Promise<unknown> {
    const { rows } = await this.pool.query('SELECT * FROM intake.requests WHERE agency_bin = $1 ORDER BY list_position DESC LIMIT $2', [
      AGENCY,
      Number(limit ?? 20) + 1,
    ]);
    return { items: rows };
  }

  @Get('static/:name')
  served(@Param('name') name: string, @Res() reply: FastifyReply): void {
    void reply.header('content-type', 'application/json; charset=utf-8').send(this.prepared.get(name) ?? '{}');
  }

  @Get('ready')
  ready(): { ok: true } {
    return { ok: true };
  }
}

function preparedBodies(): Map<string, string> {
  const file = process.env.BENCH_STATIC_FILE;
  if (!file) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  await pool.query(SCHEMA);
  @Module({
    controllers: [BareController],
    providers: [
      { provide: POOL, useValue: pool },
      { provide: STATIC, useValue: preparedBodies() },
    ],
  })
  class BareModule {}
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter({ logger: false }), { logger: false });
  app.enableShutdownHooks(['SIGTERM']);
  await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import { randomBytes, randomUUID } from 'node:crypto';
import { Type } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock, Principal, RequestContext } from '@qaztech/platform';
import { DEADLINE_QUEUE, ReviewModule } from '@qaztech/review';
import { DeadlineWorker } from '../../../../libs/review/src/deadlines/deadline.worker';
import { Component, startComponent } from '../../../support/component';

export interface OutboxRow {
  id: string;
  type: string;
  aggregateId: string | null;
  actor: { id: string; role: string };
  causedBy?: { eventId: string | null; type: string | null; actor: { id: string; role: string } };
  payload: any;
}

/**
 * The review module on the run's database (migrated once for the run). Events stay in the outbox
 * for the test to read; timers go to a queue of this file's own, which it reads and removes. At
 * the end it deletes what it wrote, so later suites with a relay never publish it.
 */
export class ReviewComponent {
  /** The cases this file made: the only ones it deletes. */
  readonly cases = new Set<string>();

  private constructor(
    private readonly component: Component,
    readonly timers: Queue,
    private readonly startPosition: string,
  ) {}

  /** Review's module with messaging off and without its timer worker: timers wait on the queue. */
  static async start(): Promise<ReviewComponent> {
    const prefix = `${process.env.QUEUE_PREFIX ?? 'qtx-test'}-component-${randomBytes(3).toString('hex')}`;
    const component = await startComponent('review', ReviewModule, { without: [DeadlineWorker], env: { QUEUE_PREFIX: prefix } });
    const [row] = (await component.owner.query('SELECT coalesce(max(position), 0)::text AS start FROM review.outbox')) as {
      start: string;
    }[];
    const timers = new Queue(DEADLINE_QUEUE, { connection: { url: component.config.REDIS_URL }, prefix });
    return new ReviewComponent(component, timers, row!.start);
  }

  /** Review's own pool, as its use cases get it. */
  get dataSource(): DataSource {
    return this.component.dataSource;
  }

  get<T>(type: Type<T>): T {
    return this.component.get(type);
  }

  get clock(): Clock {
    return this.component.get(Clock);
  }

  /** The events the change committed for `aggregateId` (null: those of no request), oldest first. */
  async events(aggregateId: string | null, type?: string): Promise<OutboxRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT envelope FROM review.outbox
        WHERE position > $1 AND aggregate_id IS NOT DISTINCT FROM $2 AND ($3::text IS NULL OR event_type = $3)
        ORDER BY position`,
      [this.startPosition, aggregateId, type ?? null],
    )) as { envelope: OutboxRow }[];
    return rows.map(({ envelope }) => envelope);
  }

  async eventTypes(aggregateId: string | null): Promise<string[]> {
    return (await this.events(aggregateId)).map((event) => event.type);
  }

  async row<T = any>(sql: string, values: unknown[]): Promise<T | undefined> {
    return ((await this.dataSource.query(sql, values)) as T[])[0];
  }

  async rows<T = any>(sql: string, values: unknown[]): Promise<T[]> {
    return (await this.dataSource.query(sql, values)) as T[];
  }

  /** Ids of the timers waiting on the queue. */
  async timerIds(): Promise<string[]> {
    const jobs = await this.timers.getJobs(['delayed', 'waiting']);
    return jobs.map((job) => job.id ?? '');
  }

  async close(): Promise<void> {
    await this.cleanUp();
    await this.timers.obliterate({ force: true });
    await this.timers.close();
    await this.component.close();
  }

  private async cleanUp(): Promise<void> {
    const requests = [...this.cases];
    const scheduled = await this.events(null, 'meeting.scheduled.v1');
    const meetings = scheduled.map((event) => event.payload.meetingId as string);
    await this.dataSource.transaction(async (manager) => {
      const items = `SELECT id FROM review.agenda_items WHERE meeting_id = ANY($2::uuid[]) OR request_id = ANY($1::uuid[])`;
      await manager.query(`DELETE FROM review.votes WHERE item_id IN (${items})`, [requests, meetings]);
      await manager.query('DELETE FROM review.decisions WHERE request_id = ANY($1::uuid[])', [requests]);
      await manager.query(`DELETE FROM review.agenda_items WHERE id IN (${items})`, [requests, meetings]);
      await manager.query('DELETE FROM review.meetings WHERE id = ANY($1::uuid[])', [meetings]);
      await manager.query('DELETE FROM review.opinions WHERE request_id = ANY($1::uuid[])', [requests]);
      await manager.query('DELETE FROM review.tasks WHERE request_id = ANY($1::uuid[])', [requests]);
      await manager.query('DELETE FROM review.requests WHERE id = ANY($1::uuid[])', [requests]);
      await manager.query('DELETE FROM review.withdrawals WHERE request_id = ANY($1::uuid[])', [requests]);
      // Never numbered, so never seen outside: the ledger's sequence has no gap where they were.
      await manager.query(
        `DELETE FROM review.outbox WHERE position > $1 AND sequence IS NULL AND (aggregate_id = ANY($2::uuid[]) OR aggregate_id IS NULL)`,
        [this.startPosition, requests],
      );
    });
  }
}

export function contextOf(principal: Principal): RequestContext {
  return { principal, requestId: `component-${randomUUID()}`, language: 'en' };
}

export const SECRETARY: Principal = { subject: 'secretary-1', name: 'Секретарь', roles: ['commission.secretary'] };

export function expert(stage: 'technical' | 'security' | 'legal', subject = `expert-${stage}`): Principal {
  return { subject, name: `Эксперт ${stage}`, roles: [`expert.${stage}`] };
}

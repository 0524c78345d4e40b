import { Logger } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';
import {
  ContextName,
  EventCatalogue,
  EventEnvelope,
  eventQueueName,
  eventsConsumedBy,
  EventType,
  SOURCE_HEAD_JOB,
  SourceHead,
} from '@qaztech/contracts';
import { createWorkerConnection } from './redis-connection';
import { withTimeout } from '../util/with-timeout';

/** One class per consumed event type; `handle` runs inside the transaction that records it. */
export interface EventHandler<T extends EventType = EventType> {
  readonly eventType: T;
  handle(event: EventEnvelope<T, EventCatalogue[T]>, manager: EntityManager): Promise<void>;
}

/** Told each source's announced head; only the context that watches sequences listens. */
export type SourceHeadListener = (head: SourceHead) => Promise<void>;

export interface EventConsumerOptions {
  context: ContextName;
  redisUrl: string;
  prefix: string;
  concurrency?: number;
  onSourceHead?: SourceHeadListener;
}

/**
 * Refuses to build a consumer whose handlers do not match the routing table exactly: an event
 * routed to the context without a handler would pile up unseen, and two handlers for one event
 * would race. Both are mistakes that must stop the boot, not surface in production.
 */
export function indexHandlers(context: ContextName, handlers: readonly EventHandler[]): Map<EventType, EventHandler> {
  const expected = new Set(eventsConsumedBy(context));
  const byType = new Map<EventType, EventHandler>();
  const problems: string[] = [];
  for (const handler of handlers) {
    if (byType.has(handler.eventType)) problems.push(`two handlers for ${handler.eventType}`);
    if (!expected.has(handler.eventType)) problems.push(`a handler for ${handler.eventType}, which is not routed to ${context}`);
    byType.set(handler.eventType, handler);
  }
  for (const type of expected) if (!byType.has(type)) problems.push(`no handler for ${type}`);
  if (problems.length > 0) throw new Error(`Event handlers of ${context} are wrong: ${problems.join('; ')}`);
  return byType;
}

/**
 * The context's worker on its event queue. An event's effect and the record that it was handled
 * commit together, so a job run twice (redelivery, a retry after a lost acknowledgement) changes
 * nothing the second time.
 */
export class EventConsumer {
  private readonly logger: Logger;
  private readonly handlers: Map<EventType, EventHandler>;
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    private readonly dataSource: DataSource,
    handlers: readonly EventHandler[],
    private readonly options: EventConsumerOptions,
  ) {
    this.logger = new Logger(`EventConsumer:${options.context}`);
    this.handlers = indexHandlers(options.context, handlers);
  }

  start(): void {
    if (this.worker || this.handlers.size === 0) return;
    this.connection = createWorkerConnection(this.options.redisUrl);
    this.connection.on('error', () => undefined);
    this.worker = new Worker(eventQueueName(this.options.context), (job: Job) => this.dispatch(job), {
      connection: this.connection,
      prefix: this.options.prefix,
      concurrency: this.options.concurrency ?? 4,
    });
    this.worker.on('error', (error) => this.logger.warn(`Worker error: ${error.message}`));
    this.worker.on('failed', (job, error) => this.logger.warn(`Event ${job?.data.type ?? '?'} ${job?.id ?? '?'} failed: ${error.message}`));
  }

  async stop(): Promise<void> {
    if (!this.worker) return;
    // With Redis up, let the jobs in hand finish. With Redis away BullMQ's graceful close waits
    // for a connection that may never come, and leaves its blocking client reconnecting: force it.
    const graceful = this.connection?.status === 'ready';
    await withTimeout(this.worker.close(!graceful), 10_000, 'closing the event worker').catch(() => undefined);
    this.connection?.disconnect();
    this.worker = undefined;
    this.connection = undefined;
  }

  private async dispatch(job: Job): Promise<boolean> {
    if (job.name !== SOURCE_HEAD_JOB) return this.process(job.data as EventEnvelope);
    await this.options.onSourceHead?.(job.data as SourceHead);
    return true;
  }

  /** Returns false when the event had already been handled. */
  async process(event: EventEnvelope): Promise<boolean> {
    const handler = this.handlers.get(event.type as EventType);
    if (!handler) throw new Error(`No handler for ${event.type} in ${this.options.context}`);
    const handled = await this.dataSource.transaction(async (manager) => {
      const recorded = (await manager.query(
        `INSERT INTO ${this.options.context}.processed_events (event_id, event_type, source, sequence)
         VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [event.id, event.type, event.source, event.sequence],
      )) as unknown[];
      if (recorded.length === 0) return false;
      await handler.handle(event as Parameters<EventHandler['handle']>[0], manager);
      return true;
    });
    this.logger.log({
      msg: handled ? 'event handled' : 'event already handled',
      eventId: event.id,
      type: event.type,
      requestId: event.correlationId,
    });
    return handled;
  }
}

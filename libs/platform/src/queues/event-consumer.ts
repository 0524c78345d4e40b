import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
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
import { GroupCommit, ItemOutcome } from './group-commit';
import { Metrics } from '../observability/metrics';
import { preparedQuery } from '../database/prepared-query';
import { QueueSettings, RunningWorker, startWorker } from './queue-backend';

/**
 * Events handled in one transaction at most. Each handled event's savepoint is a subtransaction
 * with an id of its own, and Postgres tracks up to 64 of them per transaction in shared memory;
 * past that, every other session's snapshot has to look them up on disk.
 */
export const EVENTS_PER_TRANSACTION = 50;

/** One class per consumed event type; `handle` runs inside the transaction that records it. */
export interface EventHandler<T extends EventType = EventType> {
  readonly eventType: T;
  handle(event: EventEnvelope<T, EventCatalogue[T]>, manager: EntityManager): Promise<void>;
  /**
   * The effect of `handle` on each of several events in turn, in fewer round trips. Events next
   * to each other in a group whose handlers share this function are given to it together; if it
   * fails, they are handled one by one, so that only the event at fault fails.
   */
  readonly handleAll?: (events: EventEnvelope[], manager: EntityManager) => Promise<void>;
}

/** Told each source's announced head; only the context that watches sequences listens. */
export type SourceHeadListener = (head: SourceHead) => Promise<void>;

export interface EventConsumerOptions {
  context: ContextName;
  queues: QueueSettings;
  concurrency?: number;
  onSourceHead?: SourceHeadListener;
  metrics?: Metrics;
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
  private readonly groups: GroupCommit<EventEnvelope, boolean>;
  private running: RunningWorker | undefined;

  constructor(
    private readonly dataSource: DataSource,
    handlers: readonly EventHandler[],
    private readonly options: EventConsumerOptions,
  ) {
    this.logger = new Logger(`EventConsumer:${options.context}`);
    this.handlers = indexHandlers(options.context, handlers);
    this.groups = new GroupCommit(EVENTS_PER_TRANSACTION, (events) => this.handleGroup(events));
  }

  start(): void {
    if (this.running || this.handlers.size === 0) return;
    const queue = eventQueueName(this.options.context);
    this.running = startWorker(this.options.queues, queue, (job: Job) => this.dispatch(job), {
      concurrency: this.options.concurrency ?? 2 * EVENTS_PER_TRANSACTION,
    });
    const { worker } = this.running;
    worker.on('error', (error) => this.logger.warn(`Worker error: ${error.message}`));
    worker.on('failed', (job, error) => this.logger.warn(`Event ${job?.data.type ?? '?'} ${job?.id ?? '?'} failed: ${error.message}`));
    this.options.metrics?.countDeadJobs(worker, queue);
  }

  /** Lets the jobs in hand finish when the queue store answers; forces the close when it does not. */
  async stop(): Promise<void> {
    if (!this.running) return;
    await this.running.stop();
    this.running = undefined;
  }

  private async dispatch(job: Job): Promise<boolean> {
    if (job.name !== SOURCE_HEAD_JOB) return this.process(job.data as EventEnvelope);
    await this.options.onSourceHead?.(job.data as SourceHead);
    return true;
  }

  /**
   * Returns false when the event had already been handled. Resolves only once the event's
   * transaction, shared with the other events of its group, has committed.
   */
  process(event: EventEnvelope): Promise<boolean> {
    return this.groups.submit(event);
  }

  /**
   * One transaction for a group of events, so that their commit (synchronous, and serialised with
   * every other commit that notifies) is paid once. Each event's effect runs under a savepoint:
   * one that fails is undone alone and fails alone, to be retried; the others commit. The same
   * event twice in a group is handled once, and its copy shares the first one's fate.
   */
  private async handleGroup(events: EventEnvelope[]): Promise<ItemOutcome<boolean>[]> {
    const outcomes = new Map<string, ItemOutcome<boolean>>();
    const distinct = events.filter((event, index) => events.findIndex((other) => other.id === event.id) === index);
    const routed = distinct.filter((event) => {
      if (this.handlers.has(event.type as EventType)) return true;
      outcomes.set(event.id, { ok: false, error: new Error(`No handler for ${event.type} in ${this.options.context}`) });
      return false;
    });
    if (routed.length > 0) await this.inTransaction((manager) => this.handleEach(routed, manager, outcomes));
    const seen = new Set<string>();
    return events.map((event) => {
      const outcome = outcomes.get(event.id)!;
      const copy = seen.has(event.id);
      seen.add(event.id);
      const labels = { context: this.options.context, type: event.type };
      if (!outcome.ok) {
        if (!copy) this.options.metrics?.eventsFailed.inc(labels);
        return outcome;
      }
      const handled = outcome.value && !copy;
      if (handled) this.options.metrics?.eventsHandled.inc(labels);
      this.logHandled(event, handled);
      return { ok: true, value: handled };
    });
  }

  private async inTransaction(work: (manager: EntityManager) => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await work(runner.manager);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async handleEach(events: EventEnvelope[], manager: EntityManager, outcomes: Map<string, ItemOutcome<boolean>>): Promise<void> {
    const claimed = await this.claim(events, manager);
    const savepoint = new RollingSavepoint(manager);
    const fresh = events.filter((event) => {
      if (claimed.has(event.id.toLowerCase())) return true;
      outcomes.set(event.id, { ok: true, value: false });
      return false;
    });
    for (const run of this.runsSharingHandleAll(fresh)) {
      if (run.length > 1 && (await this.handleRun(run, manager, savepoint))) {
        for (const event of run) outcomes.set(event.id, { ok: true, value: true });
        continue;
      }
      for (const event of run) outcomes.set(event.id, await this.handleOne(event, manager, savepoint));
    }
  }

  /** True when the run's shared handler took it whole; false when it failed and changed nothing. */
  private async handleRun(run: EventEnvelope[], manager: EntityManager, savepoint: RollingSavepoint): Promise<boolean> {
    await savepoint.take();
    try {
      await this.handlerOf(run[0]!).handleAll!(run, manager);
      return true;
    } catch {
      await savepoint.rollBack();
      return false;
    }
  }

  private async handleOne(event: EventEnvelope, manager: EntityManager, savepoint: RollingSavepoint): Promise<ItemOutcome<boolean>> {
    await savepoint.take();
    try {
      await this.handlerOf(event).handle(event as Parameters<EventHandler['handle']>[0], manager);
      return { ok: true, value: true };
    } catch (error) {
      await savepoint.rollBack();
      // Its record was claimed with the group's, before the savepoint: the retry must find it unhandled.
      await manager.query(`DELETE FROM ${this.options.context}.processed_events WHERE event_id = $1`, [event.id]);
      return { ok: false, error };
    }
  }

  /** Splits the events, in order, where the next one's handler does not share `handleAll` with the last. */
  private runsSharingHandleAll(events: EventEnvelope[]): EventEnvelope[][] {
    const runs: EventEnvelope[][] = [];
    let shared: EventHandler['handleAll'];
    for (const event of events) {
      const handleAll = this.handlerOf(event).handleAll;
      if (handleAll && handleAll === shared) runs.at(-1)!.push(event);
      else runs.push([event]);
      shared = handleAll;
    }
    return runs;
  }

  private handlerOf(event: EventEnvelope): EventHandler {
    return this.handlers.get(event.type as EventType)!;
  }

  /**
   * Records the group's events as handled in one statement and returns the ids recorded now, in
   * Postgres's lower-case spelling (the others were handled before). Claimed in id order, so two groups holding the same redelivered
   * events wait for each other instead of deadlocking.
   */
  private async claim(events: EventEnvelope[], manager: EntityManager): Promise<Set<string>> {
    const recorded = await preparedQuery<{ event_id: string }>(
      manager,
      `${this.options.context}.processed_claim`,
      `INSERT INTO ${this.options.context}.processed_events (event_id, event_type, source, sequence)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[]) ORDER BY 1
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [
        events.map((event) => event.id),
        events.map((event) => event.type),
        events.map((event) => event.source),
        events.map((event) => event.sequence),
      ],
    );
    return new Set(recorded.map((row) => row.event_id));
  }

  private logHandled(event: EventEnvelope, handled: boolean): void {
    this.logger.log({
      msg: handled ? 'event handled' : 'event already handled',
      eventId: event.id,
      type: event.type,
      requestId: event.correlationId,
    });
  }
}

/**
 * One savepoint at a time in a transaction: each new one replaces the last (released, so what was
 * done under it stays), and a roll-back undoes only what was done since the last one was taken.
 */
class RollingSavepoint {
  private taken = false;

  constructor(private readonly manager: EntityManager) {}

  async take(): Promise<void> {
    // Releasing the previous savepoint and taking the next is one round trip.
    await this.manager.query(this.taken ? 'RELEASE SAVEPOINT event; SAVEPOINT event' : 'SAVEPOINT event');
    this.taken = true;
  }

  async rollBack(): Promise<void> {
    await this.manager.query('ROLLBACK TO SAVEPOINT event');
  }
}

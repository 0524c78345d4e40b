import { BeforeApplicationShutdown, OnApplicationBootstrap, Provider, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONTEXTS, ContextName, eventQueueName } from '@qaztech/contracts';
import { PLATFORM_CONFIG } from '../config/config.tokens';
import { PlatformConfig } from '../config/platform-config';
import { ContextDatabase } from '../database/context-database';
import { CONTEXT_DATABASE } from '../database/database.providers';
import { Metrics } from '../observability/metrics';
import { EventConsumer, EventHandler, SourceHeadListener } from '../queues/event-consumer';
import { EventPublisher } from '../queues/event-publisher';
import { queueSettings } from '../queues/queue-backend';
import { OutboxRelay } from './outbox.relay';
import { RedeliveryRequestedHandler } from './redelivery.handler';

/**
 * A context's half of messaging: the relay that empties its outbox and the worker on its event
 * queue. Started after the application is wired and stopped before connections close, so a
 * shutdown finishes the job in hand instead of abandoning it.
 */
export class ContextMessaging implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;
  readonly consumer: EventConsumer;

  constructor(
    readonly context: ContextName,
    dataSource: DataSource,
    database: ContextDatabase,
    publisher: EventPublisher,
    config: PlatformConfig,
    metrics: Metrics,
    handlers: readonly EventHandler[],
    onSourceHead?: SourceHeadListener,
  ) {
    this.relay = new OutboxRelay(dataSource, publisher, {
      source: context,
      databaseUrl: database.url,
      pollIntervalMs: config.OUTBOX_POLL_MS,
      coalesceMs: config.OUTBOX_COALESCE_MS,
      headAnnounceMs: config.OUTBOX_HEAD_ANNOUNCE_MS,
    });
    this.consumer = new EventConsumer(dataSource, withRedelivery(context, handlers), {
      context,
      queues: queueSettings(config),
      concurrency: config.EVENT_CONSUMER_CONCURRENCY,
      onSourceHead,
      metrics,
    });
    metrics.addGaugeSource('outbox_backlog', 'Outbox rows not yet on a queue', 'source', async () => ({
      [context]: await this.relay.backlog(),
    }));
    // The event queues, and the machine queues (timers, webhook deliveries) this process uses.
    metrics.addGaugeSource('queue_depth', 'Jobs waiting, delayed or active per queue', 'queue', async () =>
      publisher.depths([...new Set([...CONTEXTS.map(eventQueueName), ...publisher.openQueueNames()])]),
    );
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await this.relay.stop();
  }
}

/** Every context answers redelivery requests; a context's own handler for them runs alongside. */
function withRedelivery(context: ContextName, handlers: readonly EventHandler[]): EventHandler[] {
  const isRedelivery = (handler: EventHandler): handler is EventHandler<'audit.redelivery_requested.v1'> =>
    handler.eventType === 'audit.redelivery_requested.v1';
  const own = handlers.filter(isRedelivery);
  if (own.length > 1) throw new Error(`Event handlers of ${context} are wrong: two handlers for audit.redelivery_requested.v1`);
  return [...handlers.filter((handler) => !isRedelivery(handler)), new RedeliveryRequestedHandler(context, own[0])];
}

/** Provides `token` as the context's messaging, built from its handler classes. */
export function provideContextMessaging(
  token: abstract new (...args: never[]) => ContextMessaging,
  context: ContextName,
  handlerClasses: readonly Type<EventHandler>[],
): Provider[] {
  return [
    ...handlerClasses,
    {
      provide: token,
      inject: [DataSource, CONTEXT_DATABASE, EventPublisher, PLATFORM_CONFIG, Metrics, ...handlerClasses],
      useFactory: (
        dataSource: DataSource,
        database: ContextDatabase,
        publisher: EventPublisher,
        config: PlatformConfig,
        metrics: Metrics,
        ...handlers: EventHandler[]
      ) => new ContextMessaging(context, dataSource, database, publisher, config, metrics, handlers),
    },
  ];
}

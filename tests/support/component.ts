import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DynamicModule, INestApplicationContext, InjectionToken, Module, Provider, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ContextName, EventActor, EventCatalogue, EventEnvelope, EventType, UnsequencedEvent } from '@qaztech/contracts';
import { ContextMessaging, loadPlatformConfig, PlatformConfig, PlatformModule } from '@qaztech/platform';

type Token = InjectionToken;

export interface ComponentOptions {
  /** More providers to leave out, such as background workers a test drives by hand. */
  without?: readonly Token[];
  /** Providers that take the place of the context's own (same token). */
  replace?: readonly Provider[];
  env?: Record<string, string>;
}

export interface Component {
  app: INestApplicationContext;
  config: PlatformConfig;
  /** The context's own pool, as its use cases get it. */
  dataSource: DataSource;
  /** The database as its owner (DATABASE_URL): for what a test inspects or clears across schemas. */
  owner: DataSource;
  /** The instance a class or token provides in the module under test. */
  get<T>(token: Type<T> | Token): T;
  close(): Promise<void>;
}

function tokenOf(provider: Provider): Token {
  return typeof provider === 'function' ? provider : provider.provide;
}

/** The context's relay and event worker: what moves its outbox and its queue. */
function isMessaging(token: Token): boolean {
  return typeof token === 'function' && (token === ContextMessaging || (token.prototype as object) instanceof ContextMessaging);
}

/**
 * One context's module with the platform, as its service wires them, but with messaging off:
 * no relay reads the outbox and no worker takes events, so what a use case committed (its rows
 * and its outbox rows) stays where a test can read it, and an event handler runs only when a
 * test calls it. No HTTP: controllers are left out too. The database is the run's, migrated once.
 *
 * On close, the outbox rows written meanwhile and never published are removed: a later suite's
 * relay would otherwise publish them, and other contexts would act on this test's events.
 */
export async function startComponent(context: ContextName, contextModule: Type, options: ComponentOptions = {}): Promise<Component> {
  const config = loadPlatformConfig({ ...process.env, ...options.env });
  const owner = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, poolSize: 2 }).initialize();
  const [{ start }] = (await owner.query(`SELECT coalesce(max(position), 0)::text AS start FROM ${context}.outbox`)) as { start: string }[];
  const dropped = new Set<Token>([...(options.without ?? []), ...(options.replace ?? []).map(tokenOf)]);
  const own = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, contextModule) ?? []) as Provider[];
  const providers = [
    ...own.filter((provider) => !isMessaging(tokenOf(provider)) && !dropped.has(tokenOf(provider))),
    ...(options.replace ?? []),
  ];
  const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, contextModule) ?? []) as DynamicModule[];

  @Module({})
  class ComponentUnderTest {}
  Object.defineProperty(ComponentUnderTest, 'name', { value: `${contextModule.name}WithoutMessaging` });

  const root: DynamicModule = {
    module: ComponentUnderTest,
    imports: [PlatformModule.forRoot({ config }), ...imports],
    providers,
  };
  const app = await NestFactory.createApplicationContext(root, { logger: ['error'], abortOnError: false });
  const dataSource = app.get(DataSource);
  const close = async (): Promise<void> => {
    await app.close();
    await owner.query(`DELETE FROM ${context}.outbox WHERE position > $1 AND sequence IS NULL`, [start]);
    await owner.destroy();
  };
  return { app, config, dataSource, owner, get: <T>(token: Type<T> | Token) => app.get<T>(token as Type<T>, { strict: false }), close };
}

export interface OutboxRow<P = Record<string, unknown>> {
  eventId: string;
  eventType: string;
  aggregateId: string | null;
  envelope: UnsequencedEvent<string, P>;
}

/** Which outbox rows a test looks at: about one aggregate, or carrying these payload fields. */
export type OutboxFilter = { aggregateId: string } | { payload: Record<string, unknown> };

/** The context's outbox rows that match, oldest first. */
export async function outboxRows<P = Record<string, unknown>>(
  dataSource: DataSource,
  context: ContextName,
  filter: OutboxFilter,
): Promise<OutboxRow<P>[]> {
  const [condition, value] =
    'aggregateId' in filter
      ? ['aggregate_id = $1', filter.aggregateId]
      : [`envelope->'payload' @> $1::jsonb`, JSON.stringify(filter.payload)];
  const rows = (await dataSource.query(
    `SELECT event_id, event_type, aggregate_id, envelope FROM ${context}.outbox WHERE ${condition} ORDER BY position`,
    [value],
  )) as { event_id: string; event_type: string; aggregate_id: string | null; envelope: OutboxRow<P>['envelope'] }[];
  return rows.map((row) => ({ eventId: row.event_id, eventType: row.event_type, aggregateId: row.aggregate_id, envelope: row.envelope }));
}

/** Review's event as its relay hands it over to another context's handler. */
export function reviewEnvelope<T extends EventType>(
  type: T,
  requestId: string,
  payload: EventCatalogue[T],
  actor: EventActor,
): EventEnvelope<T, EventCatalogue[T]> {
  return {
    id: randomUUID(),
    type,
    source: 'review',
    sequence: 1,
    occurredAt: new Date().toISOString(),
    aggregateId: requestId,
    actor,
    correlationId: randomUUID(),
    payload,
  };
}

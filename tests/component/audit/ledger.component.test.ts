import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ContextName, EventCatalogue, EventEnvelope, EventType } from '@qaztech/contracts';
import { AuditModule } from '@qaztech/audit';
import { EventHandler } from '@qaztech/platform';
import { appendBatch } from '../../../libs/audit/src/ingestion/append-batch';
import { GapWatcher } from '../../../libs/audit/src/ingestion/gap-watcher';
import { inboxHandlers } from '../../../libs/audit/src/ingestion/inbox';
import { IngestionRepository } from '../../../libs/audit/src/ingestion/ingestion.repository';
import { LedgerRuntime } from '../../../libs/audit/src/ingestion/ledger-runtime';
import { AUDIT_CONFIG, AuditConfig } from '../../../libs/audit/src/shared/audit-config';
import { AuditOutbox } from '../../../libs/audit/src/shared/audit-outbox';
import { CHECKPOINT_KEYS } from '../../../libs/audit/src/shared/tokens';
import { CheckpointKeys } from '../../../libs/audit/src/signing/checkpoint-keys';
import { Component, outboxRows, startComponent } from '../../support/component';
import { createOwnDatabase } from '../../support/own-database';

const GRACE_MS = 1_000;

/**
 * The ledger in a database of this file's own: its log, its sources' sequences and its gaps
 * are the whole ledger's, which no other test may move under these assertions.
 */
describe('audit: what landing, appending and watching for gaps commit', () => {
  let own: { url: string; drop(): Promise<void> };
  let component: Component;
  let dataSource: DataSource;
  let ingestion: IngestionRepository;
  let handlers: Map<EventType, EventHandler>;
  let gaps: GapWatcher;
  const sequences: Partial<Record<ContextName, number>> = {};

  beforeAll(async () => {
    own = await createOwnDatabase();
    // Without the runtime: the test appends and checks for gaps itself, at the times it chooses.
    component = await startComponent('audit', AuditModule, { without: [LedgerRuntime], env: { DATABASE_URL: own.url } });
    dataSource = component.dataSource;
    ingestion = component.get(IngestionRepository);
    handlers = new Map(inboxHandlers(ingestion).map((handler) => [handler.eventType, handler]));
    gaps = new GapWatcher(dataSource, component.get(AuditOutbox), ingestion, { graceMs: GRACE_MS, intervalMs: 60_000 });
  });

  afterAll(async () => {
    await component.close();
    await own.drop();
  });

  /** The source's next event, numbered as its relay would. */
  function next<T extends EventType>(source: ContextName, type: T, aggregateId: string | null, payload: EventCatalogue[T]) {
    sequences[source] = (sequences[source] ?? 0) + 1;
    const event: EventEnvelope<T, EventCatalogue[T]> = {
      id: randomUUID(),
      type,
      source,
      sequence: sequences[source],
      occurredAt: new Date().toISOString(),
      aggregateId,
      actor: { id: 'signatory-1', role: 'agency.signatory', name: 'Айгерим Садыкова', agencyBin: '010140000143' },
      correlationId: randomUUID(),
      payload,
    };
    return event;
  }

  const land = (events: EventEnvelope[]) =>
    dataSource.transaction((manager) => handlers.get(events[0]!.type as EventType)!.handleAll!(events, manager));

  const append = () =>
    dataSource.transaction((manager) =>
      appendBatch(
        manager,
        component.get<AuditConfig>(AUDIT_CONFIG).AUDIT_LOG_ORIGIN,
        component.get<CheckpointKeys>(CHECKPOINT_KEYS),
        1_000,
        component.get(AuditOutbox),
      ),
    );

  const count = async (sql: string, values: unknown[] = []) => ((await dataSource.query(sql, values)) as { count: number }[])[0]!.count;

  const progressOf = async (source: ContextName) =>
    ((await dataSource.query('SELECT * FROM audit.source_progress WHERE source = $1', [source])) as Record<string, unknown>[])[0];

  const submitted = (requestId: string, registrationNumber: string) =>
    next('intake', 'request.submitted.v1', requestId, {
      requestId,
      agencyBin: '010140000143',
      registrationNumber,
      version: 1,
      submittedAt: new Date().toISOString(),
      content: {},
      attachments: [],
    } as unknown as EventCatalogue['request.submitted.v1']);

  it('lands events once each, and knows their source', async () => {
    const requestId = randomUUID();
    const events = [submitted(requestId, 'QTX-2026-000001')];
    await land(events);
    await land(events);
    expect(await count('SELECT count(*)::int AS count FROM audit.inbox WHERE event_id = $1', [events[0]!.id])).toBe(1);
    expect(await progressOf('intake')).toMatchObject({ integrated_through: '0' });
  });

  it('appends the waiting run of a source (the event landed above and this one): entries, payloads, the chain, a signed checkpoint, the head, and empties the inbox', async () => {
    const requestId = randomUUID();
    await land([submitted(requestId, 'QTX-2026-000002')]);
    const result = await append();
    expect(result).toEqual({ appended: 2, size: 2 });
    const entries = (await dataSource.query(
      'SELECT index, source, source_sequence, request_id, actor_role FROM audit.entries ORDER BY index',
    )) as {
      index: string;
      source_sequence: string;
      request_id: string;
    }[];
    expect(entries.map((entry) => [entry.index, entry.source_sequence])).toEqual([
      ['0', '1'],
      ['1', '2'],
    ]);
    expect(await count('SELECT count(*)::int AS count FROM audit.payloads')).toBe(2);
    expect(await count('SELECT count(*)::int AS count FROM audit.inbox')).toBe(0);
    const [chain] = (await dataSource.query(
      'SELECT registration_number, agency_bin, last_index FROM audit.request_chains WHERE request_id = $1',
      [requestId],
    )) as unknown[];
    expect(chain).toEqual({ registration_number: 'QTX-2026-000002', agency_bin: '010140000143', last_index: '1' });
    const [checkpoint] = (await dataSource.query('SELECT size, note FROM audit.checkpoints ORDER BY id DESC LIMIT 1')) as {
      size: string;
      note: string;
    }[];
    expect(checkpoint!.size).toBe('2');
    expect(checkpoint!.note).toContain(`${component.get<AuditConfig>(AUDIT_CONFIG).AUDIT_LOG_ORIGIN}\n2\n`);
    expect(await count('SELECT size::int AS count FROM audit.log_head')).toBe(2);
    expect(await progressOf('intake')).toMatchObject({ integrated_through: '2' });
  });

  it('anchors a publication it appended: audit.publication_anchored.v1 names the entry and the checkpoint that holds it', async () => {
    const requestId = randomUUID();
    const published = next('registry', 'decision.published.v2', requestId, {
      publicationId: randomUUID(),
      sequence: 1,
      decisionId: randomUUID(),
      requestId,
      record: {} as EventCatalogue['decision.published.v2']['record'],
      jws: 'header.payload.signature',
      kid: 'registry-key-1',
    });
    await land([published]);
    const { size } = await append();
    const [anchor, ...more] = await outboxRows(dataSource, 'audit', { aggregateId: requestId });
    expect(more).toEqual([]);
    expect(anchor).toMatchObject({
      eventType: 'audit.publication_anchored.v1',
      envelope: {
        actor: { id: 'system', role: 'system' },
        payload: { publicationId: published.payload.publicationId, publishedEventId: published.id, leafIndex: size - 1, treeSize: size },
      },
    });
    const [checkpoint] = (await dataSource.query('SELECT note FROM audit.checkpoints WHERE size = $1', [size])) as { note: string }[];
    expect(anchor!.envelope.payload).toMatchObject({ checkpoint: checkpoint!.note });
  });

  it('keeps an event after a hole waiting, asks for the missing one once the hole outlives the grace, and closes it when it comes', async () => {
    const requestId = randomUUID();
    const missing = submitted(requestId, 'QTX-2026-000003');
    const after = submitted(requestId, 'QTX-2026-000004');
    await land([after]);
    const before = await count('SELECT size::int AS count FROM audit.log_head');
    expect(await append()).toEqual({ appended: 0, size: before });

    const opened = new Date();
    expect((await gaps.checkOnce(opened)).get('intake')).toMatchObject({ kind: 'opened' });
    expect(await progressOf('intake')).toMatchObject({ gap_since: opened, redelivery_requests: 0 });
    const later = new Date(opened.getTime() + GRACE_MS + 1);
    expect((await gaps.checkOnce(later)).get('intake')).toMatchObject({ kind: 'request' });
    expect(await progressOf('intake')).toMatchObject({ redelivery_requested_at: later, redelivery_requests: 1 });
    const requests = await outboxRows(dataSource, 'audit', { payload: { source: 'intake' } });
    expect(requests).toMatchObject([
      {
        eventType: 'audit.redelivery_requested.v1',
        envelope: { payload: { fromSequence: missing.sequence, toSequence: missing.sequence } },
      },
    ]);

    await land([missing]);
    expect(await append()).toEqual({ appended: 2, size: before + 2 });
    expect((await gaps.checkOnce(new Date(later.getTime() + 1))).get('intake')).toMatchObject({ kind: 'none' });
    expect(await progressOf('intake')).toMatchObject({ gap_since: null, redelivery_requested_at: null, redelivery_requests: 0 });
  });

  it("records a source's announced head, never moving it back", async () => {
    await dataSource.transaction((manager) => ingestion.recordAnnouncedHead(manager, { source: 'review', lastSequence: 5 }));
    await dataSource.transaction((manager) => ingestion.recordAnnouncedHead(manager, { source: 'review', lastSequence: 3 }));
    expect(await progressOf('review')).toMatchObject({ announced_head: '5', integrated_through: '0' });
  });
});

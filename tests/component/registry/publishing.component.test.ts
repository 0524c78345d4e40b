import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PublicationAnchoredV1 } from '@qaztech/contracts';
import { PublicationAnchoredHandler } from '../../../libs/registry/src/publishing/publication-anchored.handler';
import {
  DecisionIssuedHandler,
  DecisionRevokedHandler,
  ExemptionExpiredHandler,
} from '../../../libs/registry/src/publishing/publication-handlers';
import { EventArrivedEarly } from '../../../libs/registry/src/publishing/publish-record.use-case';
import { Component, outboxRows } from '../../support/component';
import { anApproval, handle, reviewEvent, startRegistry } from './registry-component';

interface PublicationRow {
  id: string;
  sequence: string;
  record_number: string;
  kind: string;
  correction_of: string | null;
  source_event_id: string;
  published_event_id: string;
  record: { recordNumber: string; kind: string };
}

describe('registry: what publishing commits', () => {
  let component: Component;
  let dataSource: DataSource;

  beforeAll(async () => {
    component = await startRegistry();
    dataSource = component.dataSource;
  });

  afterAll(() => component.close());

  const publicationsOf = async (decisionId: string) =>
    (await dataSource.query(
      `SELECT id, sequence, record_number, kind, correction_of, source_event_id, published_event_id, record
         FROM registry.publications WHERE decision_id = $1 ORDER BY sequence`,
      [decisionId],
    )) as PublicationRow[];

  const counter = async () =>
    Number(
      ((await dataSource.query('SELECT last_sequence FROM registry.publication_counter')) as { last_sequence: string }[])[0]!.last_sequence,
    );

  async function publishApproval() {
    const decision = anApproval();
    const event = reviewEvent('decision.issued.v1', decision.requestId, decision);
    await handle(component, component.get(DecisionIssuedHandler), event);
    return { decision, event };
  }

  it('publishes an issued decision: its record numbered by the counter, and decision.published.v2 naming it', async () => {
    const before = await counter();
    const { decision, event } = await publishApproval();
    const [publication, ...more] = await publicationsOf(decision.decisionId);
    expect(more).toEqual([]);
    expect(publication).toMatchObject({
      sequence: String(before + 1),
      record_number: decision.decisionNumber,
      kind: 'decision',
      correction_of: null,
      source_event_id: event.id,
      record: { recordNumber: decision.decisionNumber },
    });
    expect(await counter()).toBe(before + 1);
    const [announced, ...others] = await outboxRows(dataSource, 'registry', { aggregateId: decision.requestId });
    expect(others).toEqual([]);
    expect(announced).toMatchObject({
      eventId: publication!.published_event_id,
      eventType: 'decision.published.v2',
      envelope: {
        actor: { id: 'system', role: 'system' },
        payload: { publicationId: publication!.id, sequence: before + 1, decisionId: decision.decisionId, record: { kind: 'decision' } },
      },
    });
  });

  it('publishes nothing twice for a redelivered event', async () => {
    const { decision, event } = await publishApproval();
    const sequence = await counter();
    await handle(component, component.get(DecisionIssuedHandler), event);
    expect(await publicationsOf(decision.decisionId)).toHaveLength(1);
    expect(await outboxRows(dataSource, 'registry', { aggregateId: decision.requestId })).toHaveLength(1);
    expect(await counter()).toBe(sequence);
  });

  it('publishes a revocation as a record that corrects the decision, announced the same way', async () => {
    const { decision } = await publishApproval();
    const revoked = reviewEvent('decision.revoked.v1', decision.requestId, {
      decisionId: decision.decisionId,
      decisionNumber: decision.decisionNumber,
      requestId: decision.requestId,
      reasons: 'Условия не выполнены',
      revokedAt: '2026-12-01T09:00:00.000Z',
    });
    await handle(component, component.get(DecisionRevokedHandler), revoked);
    const [first, correction] = await publicationsOf(decision.decisionId);
    expect(correction).toMatchObject({
      record_number: `${decision.decisionNumber}.2`,
      kind: 'revocation',
      correction_of: first!.record_number,
      source_event_id: revoked.id,
    });
    const announced = await outboxRows(dataSource, 'registry', { aggregateId: decision.requestId });
    expect(announced.map((row) => row.envelope.payload)).toMatchObject([
      { publicationId: first!.id },
      { publicationId: correction!.id, record: { kind: 'revocation', correctionOf: decision.decisionNumber } },
    ]);
  });

  it('publishes an expiry as a record that corrects the decision', async () => {
    const { decision } = await publishApproval();
    const expired = reviewEvent('exemption.expired.v1', decision.requestId, {
      decisionId: decision.decisionId,
      decisionNumber: decision.decisionNumber,
      requestId: decision.requestId,
      validUntil: '2040-12-31',
    });
    await handle(component, component.get(ExemptionExpiredHandler), expired);
    const [first, correction] = await publicationsOf(decision.decisionId);
    expect(correction).toMatchObject({
      record_number: `${decision.decisionNumber}.2`,
      kind: 'expiry',
      correction_of: first!.record_number,
    });
    expect((await outboxRows(dataSource, 'registry', { aggregateId: decision.requestId })).map((row) => row.eventType)).toEqual([
      'decision.published.v2',
      'decision.published.v2',
    ]);
  });

  it("publishes a reconsideration's outcome as the decision's own record, correcting the reconsidered one", async () => {
    const { decision: earlier } = await publishApproval();
    const outcome = { ...anApproval(), requestId: earlier.requestId, reconsideredDecisionId: earlier.decisionId };
    await handle(component, component.get(DecisionIssuedHandler), reviewEvent('decision.issued.v1', outcome.requestId, outcome));
    const [record] = await publicationsOf(outcome.decisionId);
    expect(record).toMatchObject({ record_number: outcome.decisionNumber, kind: 'decision', correction_of: earlier.decisionNumber });
  });

  it('refuses a revocation that came before its decision, writing nothing and taking no number', async () => {
    const decision = anApproval();
    const sequence = await counter();
    const revoked = reviewEvent('decision.revoked.v1', decision.requestId, {
      decisionId: decision.decisionId,
      decisionNumber: decision.decisionNumber,
      requestId: decision.requestId,
      reasons: 'Рано',
      revokedAt: '2026-12-01T09:00:00.000Z',
    });
    await expect(handle(component, component.get(DecisionRevokedHandler), revoked)).rejects.toBeInstanceOf(EventArrivedEarly);
    expect(await publicationsOf(decision.decisionId)).toEqual([]);
    expect(await outboxRows(dataSource, 'registry', { aggregateId: decision.requestId })).toEqual([]);
    expect(await counter()).toBe(sequence);
  });

  describe('the ledger anchor', () => {
    const anchorOf = (publication: PublicationRow, decisionId: string, publishedEventId: string): PublicationAnchoredV1 => ({
      publicationId: publication.id,
      decisionId,
      publishedEventId,
      leafIndex: 41,
      treeSize: 42,
      rootHash: 'ab'.repeat(32),
      checkpoint: 'qaztech.test/ledger\n42\nroot\n',
    });
    const anchorsOf = async (publicationId: string) =>
      (await dataSource.query('SELECT leaf_index, tree_size, root_hash FROM registry.anchors WHERE publication_id = $1', [
        publicationId,
      ])) as {
        leaf_index: string;
        tree_size: string;
        root_hash: string;
      }[];
    const audited = (anchor: PublicationAnchoredV1) => ({
      ...reviewEvent('audit.publication_anchored.v1', null as never, anchor),
      source: 'audit' as const,
    });

    it('keeps the first anchor of a publication it wrote, once', async () => {
      const { decision } = await publishApproval();
      const [publication] = await publicationsOf(decision.decisionId);
      const anchor = anchorOf(publication!, decision.decisionId, publication!.published_event_id);
      await handle(component, component.get(PublicationAnchoredHandler), audited(anchor));
      await handle(component, component.get(PublicationAnchoredHandler), audited({ ...anchor, leafIndex: 7, treeSize: 8 }));
      expect(await anchorsOf(publication!.id)).toEqual([{ leaf_index: '41', tree_size: '42', root_hash: anchor.rootHash }]);
    });

    it('refuses an anchor naming an event the register did not write, and keeps none', async () => {
      const { decision } = await publishApproval();
      const [publication] = await publicationsOf(decision.decisionId);
      const anchor = anchorOf(publication!, decision.decisionId, randomUUID());
      await expect(handle(component, component.get(PublicationAnchoredHandler), audited(anchor))).rejects.toThrow(/did not write/);
      expect(await anchorsOf(publication!.id)).toEqual([]);
    });
  });
});

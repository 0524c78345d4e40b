import { createHash, randomUUID } from 'node:crypto';
import { formatCheckpoint } from './checkpoint';
import { EXPORT_FORMAT } from './export-format';
import { Frontier } from './frontier';
import { encodeLeaf, payloadCommitment } from './ledger-entry';
import { leafHash } from './merkle';
import { NoteSigner, signNote } from './note';

/** Builds ledgers and their exports for tests, the way the audit context will. */

export interface TestEntry {
  index: number;
  leaf: Buffer;
  payload: unknown;
  salt: Buffer;
}

export interface TestLedger {
  origin: string;
  entries: TestEntry[];
  /** Checkpoint notes by tree size. */
  checkpoints: Map<number, string>;
  /** Frontier hashes (hex) by tree size, for every size. */
  edges: string[][];
}

function requestOf(index: number, requests: number): string | null {
  return index % 7 === 6 ? null : `REQ-2026-${String(index % requests).padStart(5, '0')}`;
}

export function buildLedger(options: {
  origin: string;
  count: number;
  requests?: number;
  checkpointEvery: number;
  signers: NoteSigner[];
  /** The event payload of entry `index`, when a test needs one of its own. */
  eventPayload?: (index: number) => unknown;
}): TestLedger {
  const { origin, count, requests = 5, checkpointEvery, signers, eventPayload } = options;
  const frontier = new Frontier();
  const last = new Map<string, string>();
  const ledger: TestLedger = { origin, entries: [], checkpoints: new Map(), edges: [[]] };
  for (let index = 0; index < count; index += 1) {
    const requestId = requestOf(index, requests);
    const salt = createHash('sha256').update(`salt ${index}`).digest();
    const payload = { actorName: 'Айгерим Садыкова', payload: eventPayload?.(index) ?? { index, note: `event ${index}` } };
    const leaf = encodeLeaf({
      origin,
      eventId: randomUUID(),
      type: index % 2 === 0 ? 'request.submitted.v1' : 'review.vote-cast.v1',
      source: 'intake',
      sourceSequence: index,
      requestId,
      actor: { id: `user-${index % 3}`, role: 'agency.signatory', agencyBin: index % 3 === 0 ? null : '940140000385' },
      occurredAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
      payloadCommitment: payloadCommitment(salt, payload),
      previousRequestLeaf: requestId === null ? null : (last.get(requestId) ?? null),
    });
    const hash = leafHash(leaf);
    if (requestId !== null) last.set(requestId, hash.toString('hex'));
    frontier.append(hash);
    ledger.entries.push({ index, leaf, payload, salt });
    ledger.edges.push(frontier.hashes().map((edge) => edge.toString('hex')));
    if ((index + 1) % checkpointEvery === 0 || index + 1 === count) {
      ledger.checkpoints.set(index + 1, signNote(formatCheckpoint({ origin, size: index + 1, rootHash: frontier.root() }), signers));
    }
  }
  return ledger;
}

/** The export records of entries [from, to), with every checkpoint of the ledger in its place. */
export function exportRecords(ledger: TestLedger, from = 0, to = ledger.entries.length): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [
    { kind: 'header', format: EXPORT_FORMAT, origin: ledger.origin, fromIndex: from, toIndex: to, exportedAt: '2026-11-23T06:00:00.000Z' },
  ];
  if (from > 0) records.push({ kind: 'leftEdge', size: from, hashes: ledger.edges[from] });
  const sizes = [...ledger.checkpoints.keys()].sort((a, b) => a - b);
  for (const size of sizes.filter((size) => size <= from)) records.push({ kind: 'checkpoint', note: ledger.checkpoints.get(size) });
  for (const entry of ledger.entries.slice(from, to)) {
    records.push({
      kind: 'entry',
      index: entry.index,
      leaf: entry.leaf.toString('base64'),
      payload: structuredClone(entry.payload),
      salt: entry.salt.toString('base64'),
    });
    const note = ledger.checkpoints.get(entry.index + 1);
    if (note) records.push({ kind: 'checkpoint', note });
  }
  for (const size of sizes.filter((size) => size > to)) records.push({ kind: 'checkpoint', note: ledger.checkpoints.get(size) });
  return records;
}

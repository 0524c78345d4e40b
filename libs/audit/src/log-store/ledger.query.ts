import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventCause } from '@qaztech/contracts';
import { preparedQuery } from '@qaztech/platform';

export interface CheckpointRow {
  id: number;
  size: number;
  rootHash: Buffer;
  note: string;
  signedAt: Date;
}

export interface EntryRow {
  index: number;
  eventId: string;
  leaf: Buffer;
  leafHash: Buffer;
  eventType: string;
  source: string;
  sourceSequence: number;
  requestId: string | null;
  actorId: string;
  actorRole: string;
  agencyBin: string | null;
  occurredAt: Date;
  integratedAt: Date;
  /** Null once erased. */
  salt: Buffer | null;
  document: { actorName: string | null; correlationId: string; causedBy?: EventCause; payload: unknown } | null;
}

export interface EventFilter {
  requestId?: string;
  registrationNumber?: string;
  actorId?: string;
  agencyBin?: string;
  eventTypes?: string[];
  from?: Date;
  to?: Date;
  order: 'newest' | 'oldest';
  /** Keyset: the last index seen. */
  after?: number;
  limit: number;
}

const ENTRY_COLUMNS = `e.index, e.event_id, e.leaf, e.leaf_hash, e.event_type, e.source, e.source_sequence, e.request_id,
  e.actor_id, e.actor_role, e.agency_bin, e.occurred_at, e.integrated_at, p.salt, p.document`;

const ENTRY_AT = `SELECT ${ENTRY_COLUMNS} FROM audit.entries e LEFT JOIN audit.payloads p ON p.index = e.index WHERE e.index = $1`;

const REQUEST_HISTORY = `SELECT ${ENTRY_COLUMNS} FROM audit.entries e LEFT JOIN audit.payloads p ON p.index = e.index
  WHERE e.request_id = $1 ORDER BY e.index`;

interface RawEntry {
  index: string;
  event_id: string;
  leaf: Buffer;
  leaf_hash: Buffer;
  event_type: string;
  source: string;
  source_sequence: string;
  request_id: string | null;
  actor_id: string;
  actor_role: string;
  agency_bin: string | null;
  occurred_at: Date;
  integrated_at: Date;
  salt: Buffer | null;
  document: EntryRow['document'];
}

function toEntry(raw: RawEntry): EntryRow {
  return {
    index: Number(raw.index),
    eventId: raw.event_id,
    leaf: raw.leaf,
    leafHash: raw.leaf_hash,
    eventType: raw.event_type,
    source: raw.source,
    sourceSequence: Number(raw.source_sequence),
    requestId: raw.request_id,
    actorId: raw.actor_id,
    actorRole: raw.actor_role,
    agencyBin: raw.agency_bin,
    occurredAt: raw.occurred_at,
    integratedAt: raw.integrated_at,
    salt: raw.salt,
    document: raw.document,
  };
}

interface RawCheckpoint {
  id: string;
  size: string;
  root_hash: Buffer;
  note: string;
  signed_at: Date;
}

function toCheckpoint(raw: RawCheckpoint): CheckpointRow {
  return { id: Number(raw.id), size: Number(raw.size), rootHash: raw.root_hash, note: raw.note, signedAt: raw.signed_at };
}

/**
 * What auditors read of the log, outside any transaction: reads on the pool only, the hot ones
 * as prepared statements. Writes happen only in the appender's batch (LedgerAppendRepository).
 */
@Injectable()
export class LedgerQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The pool, for the log's readers that take a manager (tiles, exports). */
  get pool(): EntityManager {
    return this.dataSource.manager;
  }

  async latestCheckpoint(): Promise<CheckpointRow | undefined> {
    const [row] = await preparedQuery<RawCheckpoint>(
      this.dataSource,
      'audit.latest_checkpoint',
      'SELECT id, size, root_hash, note, signed_at FROM audit.checkpoints ORDER BY id DESC LIMIT 1',
      [],
    );
    return row ? toCheckpoint(row) : undefined;
  }

  async checkpointOfSize(size: number): Promise<CheckpointRow | undefined> {
    const [row] = await preparedQuery<RawCheckpoint>(
      this.dataSource,
      'audit.checkpoint_of_size',
      'SELECT id, size, root_hash, note, signed_at FROM audit.checkpoints WHERE size = $1 ORDER BY id DESC LIMIT 1',
      [size],
    );
    return row ? toCheckpoint(row) : undefined;
  }

  async entry(index: number): Promise<EntryRow | undefined> {
    const [row] = await preparedQuery<RawEntry>(this.dataSource, 'audit.entry', ENTRY_AT, [index]);
    return row ? toEntry(row) : undefined;
  }

  async leaves(fromIndex: number, count: number): Promise<Buffer[]> {
    const rows = await preparedQuery<{ leaf: Buffer }>(
      this.dataSource,
      'audit.leaves',
      'SELECT leaf FROM audit.entries WHERE index >= $1 AND index < $2 ORDER BY index',
      [fromIndex, fromIndex + count],
    );
    return rows.map((row) => row.leaf);
  }

  async history(requestId: string): Promise<EntryRow[]> {
    const rows = await preparedQuery<RawEntry>(this.dataSource, 'audit.request_history', REQUEST_HISTORY, [requestId]);
    return rows.map(toEntry);
  }

  async requestIdOfRegistration(registrationNumber: string): Promise<string | undefined> {
    const [row] = await preparedQuery<{ request_id: string }>(
      this.dataSource,
      'audit.request_of_registration',
      'SELECT request_id FROM audit.request_chains WHERE registration_number = $1',
      [registrationNumber],
    );
    return row?.request_id;
  }

  async events(filter: EventFilter): Promise<EntryRow[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(ENTRY_COLUMNS)
      .from('audit.entries', 'e')
      // A table name with a schema reads as a relation path here; a plain subquery (which
      // Postgres flattens into the join) names the table instead.
      .leftJoin((payloads) => payloads.select('*').from('audit.payloads', 'payloads'), 'p', 'p.index = e.index')
      .where('TRUE');
    if (filter.requestId) query.andWhere('e.request_id = :requestId', { requestId: filter.requestId });
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.agencyBin) query.andWhere('e.agency_bin = :agencyBin', { agencyBin: filter.agencyBin });
    if (filter.eventTypes?.length) query.andWhere('e.event_type = ANY(CAST(:eventTypes AS text[]))', { eventTypes: filter.eventTypes });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const newest = filter.order === 'newest';
    if (filter.after !== undefined) query.andWhere(newest ? 'e.index < :after' : 'e.index > :after', { after: filter.after });
    const rows = await query
      .orderBy('e.index', newest ? 'DESC' : 'ASC')
      .limit(filter.limit + 1)
      .getRawMany<RawEntry>();
    return rows.map(toEntry);
  }
}

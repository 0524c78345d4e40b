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

/** Reads of the log. Writes happen only in the integrator's batch. */
@Injectable()
export class LedgerRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
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
    const rows = (await this.dataSource.query('SELECT leaf FROM audit.entries WHERE index >= $1 AND index < $2 ORDER BY index', [
      fromIndex,
      fromIndex + count,
    ])) as { leaf: Buffer }[];
    return rows.map((row) => row.leaf);
  }

  async history(requestId: string): Promise<EntryRow[]> {
    const rows = await preparedQuery<RawEntry>(this.dataSource, 'audit.request_history', REQUEST_HISTORY, [requestId]);
    return rows.map(toEntry);
  }

  async requestIdOfRegistration(registrationNumber: string): Promise<string | undefined> {
    const [row] = (await this.dataSource.query('SELECT request_id FROM audit.request_chains WHERE registration_number = $1', [
      registrationNumber,
    ])) as { request_id: string }[];
    return row?.request_id;
  }

  async events(filter: EventFilter): Promise<EntryRow[]> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown): void => {
      values.push(value);
      conditions.push(sql.replace('?', `$${values.length}`));
    };
    if (filter.requestId) add('e.request_id = ?', filter.requestId);
    if (filter.actorId) add('e.actor_id = ?', filter.actorId);
    if (filter.agencyBin) add('e.agency_bin = ?', filter.agencyBin);
    if (filter.eventTypes?.length) add('e.event_type = ANY(?::text[])', filter.eventTypes);
    if (filter.from) add('e.occurred_at >= ?', filter.from);
    if (filter.to) add('e.occurred_at < ?', filter.to);
    const newest = filter.order === 'newest';
    if (filter.after !== undefined) add(newest ? 'e.index < ?' : 'e.index > ?', filter.after);
    values.push(filter.limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${ENTRY_COLUMNS} FROM audit.entries e LEFT JOIN audit.payloads p ON p.index = e.index
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY e.index ${newest ? 'DESC' : 'ASC'} LIMIT $${values.length}`,
      values,
    )) as RawEntry[];
    return rows.map(toEntry);
  }
}

import { Injectable } from '@nestjs/common';
import { DomainError, FieldErrorCode } from '@qaztech/platform';
import { consistencyProof, inclusionProof, TileReader } from '../log';
import { CheckpointRow, LedgerQuery } from './ledger.query';
import { TileCache } from './tile-cache';
import { cachedTileReader, prefetchTiles, tilesRead } from './tile-store';
import { AuditError } from '../shared/audit-errors';

export interface InclusionProofView {
  index: number;
  size: number;
  leafHash: string;
  proof: string[];
  rootHash: string;
  checkpoint: string;
}

export interface ConsistencyProofView {
  from: number;
  to: number;
  proof: string[];
  fromRootHash: string;
  toRootHash: string;
  fromCheckpoint: string;
  toCheckpoint: string;
}

const LATEST_CHECKPOINT_TTL_MS = 1_000;

const hex = (hashes: readonly Buffer[]): string[] => hashes.map((hash) => hash.toString('hex'));

/** Proofs against signed checkpoints only: a root nobody signed proves nothing to an outsider. */
@Injectable()
export class ProofService {
  private latest: { checkpoint: CheckpointRow; readAt: number } | undefined;

  constructor(
    private readonly ledger: LedgerQuery,
    private readonly tiles: TileCache,
  ) {}

  /**
   * PATH(index) against the checkpoint of `size`, or the newest one. `leafHash` spares a read
   * when the caller already holds the entry (the history has it).
   */
  async inclusion(index: number, size?: number, leafHash?: Buffer): Promise<InclusionProofView> {
    const checkpoint = size === undefined ? await this.latestCovering(index) : await this.checkpoint(size, 'size');
    if (index >= checkpoint.size) {
      throw DomainError.validation([{ field: 'index', code: FieldErrorCode.OUT_OF_RANGE, params: { min: 0, max: checkpoint.size - 1 } }]);
    }
    const [entryHash, proof] = await Promise.all([
      leafHash ?? this.leafHash(index),
      this.withTiles((reader) => inclusionProof(index, checkpoint.size, reader)),
    ]);
    return {
      index,
      size: checkpoint.size,
      leafHash: entryHash.toString('hex'),
      proof: hex(proof),
      rootHash: checkpoint.rootHash.toString('hex'),
      checkpoint: checkpoint.note,
    };
  }

  private async leafHash(index: number): Promise<Buffer> {
    const entry = await this.ledger.entry(index);
    if (!entry) throw new DomainError(AuditError.LEDGER_ENTRY_NOT_FOUND);
    return entry.leafHash;
  }

  /** Runs a proof computation with every tile it reads fetched first, in one query. */
  private async withTiles<T>(compute: (reader: TileReader) => Promise<T>): Promise<T> {
    await prefetchTiles(this.ledger.pool, this.tiles, await tilesRead(compute));
    return compute(cachedTileReader(this.ledger.pool, this.tiles));
  }

  /**
   * The newest checkpoint, kept in memory for a moment: any signed checkpoint that covers the
   * entry proves it, so a checkpoint a second old serves as well as the newest. One that does
   * not cover the entry yet is read again.
   */
  private async latestCovering(index: number): Promise<CheckpointRow> {
    const known = this.latest;
    if (known && known.checkpoint.size > index && Date.now() - known.readAt < LATEST_CHECKPOINT_TTL_MS) return known.checkpoint;
    const checkpoint = await this.checkpoint(undefined, 'size');
    this.latest = { checkpoint, readAt: Date.now() };
    return checkpoint;
  }

  async consistency(from: number, to?: number): Promise<ConsistencyProofView> {
    const newer = await this.checkpoint(to, 'to');
    const older = await this.checkpoint(from, 'from');
    if (older.size > newer.size) {
      throw DomainError.validation([{ field: 'from', code: FieldErrorCode.OUT_OF_RANGE, params: { min: 0, max: newer.size } }]);
    }
    const proof = older.size === 0 ? [] : await this.withTiles((reader) => consistencyProof(older.size, newer.size, reader));
    return {
      from: older.size,
      to: newer.size,
      proof: hex(proof),
      fromRootHash: older.rootHash.toString('hex'),
      toRootHash: newer.rootHash.toString('hex'),
      fromCheckpoint: older.note,
      toCheckpoint: newer.note,
    };
  }

  /** The checkpoint of exactly `size`, or the latest one. */
  async checkpoint(size: number | undefined, field: string): Promise<CheckpointRow> {
    const found = size === undefined ? await this.ledger.latestCheckpoint() : await this.ledger.checkpointOfSize(size);
    if (!found) throw new DomainError(AuditError.CHECKPOINT_NOT_FOUND, [{ field, code: FieldErrorCode.INVALID_VALUE }]);
    return found;
  }
}

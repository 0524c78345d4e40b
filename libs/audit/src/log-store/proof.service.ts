import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, FieldErrorCode } from '@qaztech/platform';
import { consistencyProof, inclusionProof } from '../log';
import { CheckpointRow, LedgerRepository } from './ledger.repository';
import { TileCache } from './tile-cache';
import { cachedTileReader } from './tile-store';

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

const hex = (hashes: readonly Buffer[]): string[] => hashes.map((hash) => hash.toString('hex'));

/** Proofs against signed checkpoints only: a root nobody signed proves nothing to an outsider. */
@Injectable()
export class ProofService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly tiles: TileCache,
  ) {}

  async inclusion(index: number, size?: number): Promise<InclusionProofView> {
    const checkpoint = await this.checkpoint(size, 'size');
    if (index >= checkpoint.size) {
      throw DomainError.validation([{ field: 'index', code: FieldErrorCode.OUT_OF_RANGE, params: { min: 0, max: checkpoint.size - 1 } }]);
    }
    const entry = await this.ledger.entry(index);
    if (!entry) throw new DomainError(ErrorCode.LEDGER_ENTRY_NOT_FOUND);
    const proof = await inclusionProof(index, checkpoint.size, cachedTileReader(this.ledger.manager, this.tiles));
    return {
      index,
      size: checkpoint.size,
      leafHash: entry.leafHash.toString('hex'),
      proof: hex(proof),
      rootHash: checkpoint.rootHash.toString('hex'),
      checkpoint: checkpoint.note,
    };
  }

  async consistency(from: number, to?: number): Promise<ConsistencyProofView> {
    const newer = await this.checkpoint(to, 'to');
    const older = await this.checkpoint(from, 'from');
    if (older.size > newer.size) {
      throw DomainError.validation([{ field: 'from', code: FieldErrorCode.OUT_OF_RANGE, params: { min: 0, max: newer.size } }]);
    }
    const proof = older.size === 0 ? [] : await consistencyProof(older.size, newer.size, cachedTileReader(this.ledger.manager, this.tiles));
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
    if (!found) throw new DomainError(ErrorCode.CHECKPOINT_NOT_FOUND, [{ field, code: FieldErrorCode.INVALID_VALUE }]);
    return found;
  }
}

import { decodeLeaf, leafHash, payloadCommitment } from '../log';
import { EntryRow } from './ledger.query';

export interface ChainCheck {
  ok: boolean;
  length: number;
  /** The first entry whose leaf, payload or link to its predecessor does not hold. */
  firstBadIndex?: number;
  problem?: string;
}

/**
 * Re-checks one request's chain from stored data: each leaf hashes to its recorded hash, each
 * payload still matches its commitment (erased ones are skipped), and each leaf names the hash
 * of the previous leaf of the same request.
 */
export function checkRequestChain(entries: readonly EntryRow[]): ChainCheck {
  let previous: Buffer | null = null;
  for (const entry of entries) {
    const bad = (problem: string): ChainCheck => ({ ok: false, length: entries.length, firstBadIndex: entry.index, problem });
    const hash = leafHash(entry.leaf);
    if (!hash.equals(entry.leafHash)) return bad('the leaf does not hash to its recorded hash');
    const leaf = decodeLeaf(entry.leaf);
    if (entry.document && entry.salt && payloadCommitment(entry.salt, entry.document) !== leaf.payloadCommitment) {
      return bad('the payload does not match its commitment');
    }
    if ((leaf.previousRequestLeaf ?? null) !== (previous?.toString('hex') ?? null)) {
      return bad('the leaf does not name the previous leaf of the request');
    }
    previous = hash;
  }
  return { ok: true, length: entries.length };
}

import { HASH_SIZE } from './merkle';

/** C2SP tlog-checkpoint: the note text a log signs to commit to a tree size and root. */
export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Buffer;
  extensions?: string[];
}

export class CheckpointError extends Error {
  override name = 'CheckpointError';
}

export function formatCheckpoint({ origin, size, rootHash, extensions = [] }: Checkpoint): string {
  if (origin.length === 0 || /[\n\r]/.test(origin)) throw new CheckpointError('checkpoint origin must be one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0) throw new CheckpointError(`checkpoint size ${size} is out of range`);
  if (rootHash.length !== HASH_SIZE) throw new CheckpointError('checkpoint root must be 32 bytes');
  if (extensions.some((line) => line.length === 0 || /[\n\r]/.test(line)))
    throw new CheckpointError('checkpoint extensions are non-empty lines');
  return [origin, String(size), Buffer.from(rootHash).toString('base64'), ...extensions].join('\n') + '\n';
}

/** Strict: decimal size without leading zeros, canonical base64 of exactly 32 bytes, no empty lines. */
export function parseCheckpoint(text: string): Checkpoint & { extensions: string[] } {
  if (!text.endsWith('\n')) throw new CheckpointError('checkpoint must end with a newline');
  const [origin = '', sizeText = '', rootText = '', ...extensions] = text.slice(0, -1).split('\n');
  if (origin.length === 0) throw new CheckpointError('checkpoint origin is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
    throw new CheckpointError('checkpoint size is not a canonical decimal');
  const rootHash = Buffer.from(rootText, 'base64');
  if (rootHash.length !== HASH_SIZE || rootHash.toString('base64') !== rootText)
    throw new CheckpointError('checkpoint root is not base64 of 32 bytes');
  if (extensions.some((line) => line.length === 0)) throw new CheckpointError('checkpoint has an empty line');
  return { origin, size: Number(sizeText), rootHash, extensions };
}

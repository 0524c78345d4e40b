import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateNoteKey, NoteSigner, NoteVerifier, signerFromKey, verifierFromKey } from '../log';

export interface CheckpointKeys {
  signers: NoteSigner[];
  /** Current and retired keys: a checkpoint signed by any of them verifies. */
  verifiers: NoteVerifier[];
  /** What `GET /audit/log/key` publishes: the verifier keys of the current signers. */
  publishedVerifierKeys: string[];
}

export interface CheckpointKeySource {
  origin: string;
  signerKeys: string;
  keyFile: string;
  retiredVerifierKeys: string;
  /** Outside production a missing key file is created, so a fresh checkout signs at once. */
  mayGenerate: boolean;
}

const splitKeys = (text: string): string[] => text.split(/\s+/).filter((key) => key.length > 0);

/**
 * Loads the signing keys. Several keys sign every checkpoint, which is how a key is rotated:
 * add the new key, let verifiers learn it, then retire the old one (its verifier key stays in
 * AUDIT_RETIRED_VERIFIER_KEYS so the checkpoints it signed still verify).
 */
export async function loadCheckpointKeys(source: CheckpointKeySource): Promise<CheckpointKeys> {
  const signerKeys = splitKeys(source.signerKeys);
  if (signerKeys.length === 0) signerKeys.push(...(await readOrCreateKeyFile(source)));
  const signers = signerKeys.map((key) => signerFromKey(key));
  const foreign = signers.filter((signer) => signer.name !== source.origin);
  if (foreign.length > 0) {
    throw new Error(
      `checkpoint signing keys must be named after the log origin ${source.origin}, not ${foreign.map((s) => s.name).join(', ')}`,
    );
  }
  const publishedVerifierKeys = signers.map((signer) => signer.verifierKey);
  const verifierKeys = [...publishedVerifierKeys, ...splitKeys(source.retiredVerifierKeys)];
  return { signers, verifiers: verifierKeys.map((key) => verifierFromKey(key)), publishedVerifierKeys };
}

async function readOrCreateKeyFile(source: CheckpointKeySource): Promise<string[]> {
  try {
    return splitKeys(await readFile(source.keyFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!source.mayGenerate) throw new Error(`no checkpoint signing key: set AUDIT_SIGNER_KEYS or provide ${source.keyFile}`);
  }
  const { signerKey } = generateNoteKey(source.origin);
  await mkdir(dirname(source.keyFile), { recursive: true });
  try {
    // `wx`: when two processes start together, the second keeps the first one's key.
    await writeFile(source.keyFile, `${signerKey}\n`, { flag: 'wx', mode: 0o600 });
    return [signerKey];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return splitKeys(await readFile(source.keyFile, 'utf8'));
  }
}

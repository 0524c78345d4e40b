import { createPublicKey } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateSeed, PublicJwk, publicJwkOf, publicKeyFromBase64url, RecordSigner, signerFromSeed } from './record-signature';

export interface RegistryKeys {
  /** The key that signs new records. */
  signer: RecordSigner;
  /** Every key a record may have been signed with: current ones first, then retired ones. */
  jwks: { keys: PublicJwk[] };
}

export interface RegistryKeySource {
  signerKeys: string;
  keyFile: string;
  retiredPublicKeys: string;
  /** Outside production the key file is used, and created when missing, so a fresh checkout signs at once. */
  mayGenerate: boolean;
}

const splitKeys = (text: string): string[] => text.split(/\s+/).filter((key) => key.length > 0);

/**
 * Loads the register's keys. Rotation: put the new key first in REGISTRY_SIGNER_KEYS (or move
 * the old one's public key to REGISTRY_RETIRED_PUBLIC_KEYS); records signed by the old key keep
 * verifying, because its public key stays in the JWKS.
 */
export async function loadRegistryKeys(source: RegistryKeySource): Promise<RegistryKeys> {
  const seeds = splitKeys(source.signerKeys);
  if (seeds.length === 0) {
    // A key lying in a file is a development convenience; production keys come from its secrets.
    if (!source.mayGenerate) throw new Error('no register signing key: set REGISTRY_SIGNER_KEYS (a key file is refused in production)');
    seeds.push(...(await readOrCreateKeyFile(source.keyFile)));
  }
  const signers = seeds.map((seed) => signerFromSeed(seed));
  const published = [
    ...signers.map((signer) => publicJwkOf(createPublicKey(signer.key))),
    ...splitKeys(source.retiredPublicKeys).map((x) => publicJwkOf(publicKeyFromBase64url(x))),
  ];
  const unique = published.filter((jwk, index) => published.findIndex((other) => other.kid === jwk.kid) === index);
  return { signer: signers[0]!, jwks: { keys: unique } };
}

async function readOrCreateKeyFile(keyFile: string): Promise<string[]> {
  await mkdir(dirname(keyFile), { recursive: true });
  try {
    // `wx`: when two processes start together, the second keeps the first one's key.
    await writeFile(keyFile, `${generateSeed()}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const keys = splitKeys(await readFile(keyFile, 'utf8'));
  if (keys.length === 0) throw new Error(`the register key file ${keyFile} holds no key`);
  return keys;
}

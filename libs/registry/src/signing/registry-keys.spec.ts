import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { loadRegistryKeys } from './registry-keys';

describe('loadRegistryKeys', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'registry-keys-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const key = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });

  it('signs with the first configured key and publishes every current and retired key', async () => {
    const [first, second, retired] = [key(), key(), key()];
    const keys = await loadRegistryKeys({
      signerKeys: `${first.d}\n${second.d}`,
      keyFile: join(dir, 'unused'),
      retiredPublicKeys: retired.x!,
      mayGenerate: false,
    });
    expect(keys.jwks.keys.map((jwk) => jwk.x)).toEqual([first.x, second.x, retired.x]);
    expect(keys.signer.kid).toBe(keys.jwks.keys[0]!.kid);
  });

  it('creates a key file outside production and keeps using it', async () => {
    const keyFile = join(dir, 'nested', 'keys');
    const created = await loadRegistryKeys({ signerKeys: '', keyFile, retiredPublicKeys: '', mayGenerate: true });
    const again = await loadRegistryKeys({ signerKeys: '', keyFile, retiredPublicKeys: '', mayGenerate: true });
    expect(again.signer.kid).toBe(created.signer.kid);
    expect((await readFile(keyFile, 'utf8')).trim()).toMatch(/^[\w-]{43}$/);
  });

  it('refuses to start in production without keys in the environment, even with a key file', async () => {
    const keyFile = join(dir, 'keys');
    await loadRegistryKeys({ signerKeys: '', keyFile, retiredPublicKeys: '', mayGenerate: true });
    await expect(loadRegistryKeys({ signerKeys: '', keyFile, retiredPublicKeys: '', mayGenerate: false })).rejects.toThrow(
      /REGISTRY_SIGNER_KEYS/,
    );
  });
});

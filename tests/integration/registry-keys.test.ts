import { generateKeyPairSync } from 'node:crypto';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { startTestApp, TestApp } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { board, decideRequest, publishedRecord } from '../support/registry-flow';

jest.setTimeout(120_000);

function ed25519Key(): { seed: string; publicKey: string } {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return { seed: jwk.d!, publicKey: jwk.x! };
}

/** The registry reads its keys from the environment when it starts, as a deployment sets them. */
async function startWithKeys(keys: Record<string, string>): Promise<TestApp> {
  Object.assign(process.env, keys);
  try {
    return await startTestApp();
  } finally {
    for (const name of Object.keys(keys)) delete process.env[name];
  }
}

describe('registry: signing keys and their rotation', () => {
  const oldKey = ed25519Key();
  const newKey = ed25519Key();
  let testApp: TestApp | undefined;

  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it('keeps old records verifiable after a restart with a new key, and signs new records with the new key', async () => {
    testApp = await startWithKeys({ REGISTRY_SIGNER_KEYS: oldKey.seed });
    let api: Api = apiClient(testApp.baseUrl);
    const commission = await board('keys');
    const before = await decideRequest(api, commission, randomBin());
    const oldRecord = await publishedRecord(api, before.decisionNumber);
    const oldJwks = (await api('GET', '/public/jwks.json')).body;
    expect(oldJwks.keys).toEqual([expect.objectContaining({ kid: oldRecord.kid, x: oldKey.publicKey })]);
    await testApp.close();

    testApp = await startWithKeys({ REGISTRY_SIGNER_KEYS: newKey.seed, REGISTRY_RETIRED_PUBLIC_KEYS: oldKey.publicKey });
    api = apiClient(testApp.baseUrl);
    const jwks = (await api('GET', '/public/jwks.json')).body;
    expect(jwks.keys.map((key: any) => key.x)).toEqual([newKey.publicKey, oldKey.publicKey]);
    const keySet = createLocalJWKSet(jwks);

    const stillThere = (await api('GET', `/public/decisions/${before.decisionNumber}`)).body;
    expect(stillThere.jws).toBe(oldRecord.jws);
    await expect(compactVerify(stillThere.jws, keySet)).resolves.toMatchObject({ protectedHeader: { kid: oldRecord.kid } });

    const after = await decideRequest(api, commission, randomBin());
    const newRecord = await publishedRecord(api, after.decisionNumber);
    expect(newRecord.kid).not.toBe(oldRecord.kid);
    expect(decodeProtectedHeader(newRecord.jws)).toEqual({ alg: 'EdDSA', kid: newRecord.kid, typ: 'JOSE' });
    expect(jwks.keys[0].kid).toBe(newRecord.kid);
    await expect(compactVerify(newRecord.jws, keySet)).resolves.toBeDefined();
    // The old key alone cannot vouch for what the new key signed.
    await expect(compactVerify(newRecord.jws, createLocalJWKSet(oldJwks))).rejects.toThrow();
  });
});

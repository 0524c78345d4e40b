import { createPublicKey } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { PublishedDecisionRecordV1 } from '@qaztech/contracts';
import { canonicalJson } from '@qaztech/platform';
import {
  generateSeed,
  publicJwkOf,
  publicKeyFromBase64url,
  signerFromSeed,
  signingInput,
  signRecord,
  verifyCompact,
} from './record-signature';

// RFC 8037 appendix A: an Ed25519 key and its RFC 7638 thumbprint.
const RFC_SEED = 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A';
const RFC_X = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
const RFC_THUMBPRINT = 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k';

const record = {
  recordNumber: 'QTX-D-2026-0001',
  kind: 'decision',
  correctionOf: null,
  texts: { ru: 'Обоснование', kk: 'Негіздеме', en: null },
  budget: { amountKzt: '1.00', fundingSource: null },
} as unknown as PublishedDecisionRecordV1;

describe('record signatures', () => {
  it('names a key by its RFC 7638 thumbprint', () => {
    const signer = signerFromSeed(RFC_SEED);
    expect(signer.kid).toBe(RFC_THUMBPRINT);
    expect(publicJwkOf(createPublicKey(signer.key))).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: RFC_X,
      kid: RFC_THUMBPRINT,
      use: 'sig',
      alg: 'EdDSA',
    });
    expect(publicJwkOf(publicKeyFromBase64url(RFC_X)).kid).toBe(RFC_THUMBPRINT);
  });

  it('signs the canonical JSON of the record, whatever the order of its keys', () => {
    const input = signingInput(record, 'k1');
    const [header, payload] = input.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: 'k1', typ: 'JOSE' });
    expect(Buffer.from(payload!, 'base64url').toString()).toBe(canonicalJson(record));
    expect(Buffer.from(payload!, 'base64url').toString()).toMatch(
      /^\{"budget":\{"amountKzt":"1.00","fundingSource":null\},"correctionOf":null,/,
    );
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as PublishedDecisionRecordV1;
    expect(signingInput(reordered, 'k1')).toBe(input);
  });

  it('makes a compact JWS that an independent library verifies', async () => {
    const signer = signerFromSeed(generateSeed());
    const jws = signRecord(record, signer);
    const jwk = publicJwkOf(createPublicKey(signer.key));
    const verified = await compactVerify(jws, await importJWK(jwk, 'EdDSA'));
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(record);
    expect(verifyCompact(jws, createPublicKey(signer.key))).toBe(true);
    const tampered = signRecord({ ...record, recordNumber: 'QTX-D-2026-0002' }, signer).split('.');
    expect(verifyCompact([...jws.split('.').slice(0, 2), tampered[2]].join('.'), createPublicKey(signer.key))).toBe(false);
  });

  it('refuses keys of the wrong length', () => {
    expect(() => signerFromSeed('c2hvcnQ')).toThrow(/32 bytes/);
    expect(() => publicKeyFromBase64url('c2hvcnQ')).toThrow(/32 bytes/);
  });
});

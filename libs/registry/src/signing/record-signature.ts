import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import { createHash } from 'node:crypto';
import { PublishedDecisionRecordV1 } from '@qaztech/contracts';
import { canonicalBytes } from '@qaztech/platform';

/** An Ed25519 public key as the JWKS publishes it (RFC 8037). */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  use: 'sig';
  alg: 'EdDSA';
}

export interface RecordSigner {
  kid: string;
  key: KeyObject;
}

// A PKCS#8 wrapper for a raw Ed25519 seed (RFC 8410): node:crypto imports keys in that form.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function signerFromSeed(seed: string): RecordSigner {
  const raw = Buffer.from(seed, 'base64url');
  if (raw.length !== 32) throw new Error('a register signing key must be a base64url Ed25519 seed of 32 bytes');
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw]), format: 'der', type: 'pkcs8' });
  return { kid: publicJwkOf(createPublicKey(key)).kid, key };
}

export function publicKeyFromBase64url(x: string): KeyObject {
  const raw = Buffer.from(x, 'base64url');
  if (raw.length !== 32) throw new Error('a register public key must be a base64url Ed25519 key of 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** The JWK of a public key; its `kid` is the RFC 7638 thumbprint, so a kid can never name two keys. */
export function publicJwkOf(publicKey: KeyObject): PublicJwk {
  const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
  const thumbprint = createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
  return { kty: 'OKP', crv: 'Ed25519', x, kid: thumbprint, use: 'sig', alg: 'EdDSA' };
}

export function generateSeed(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return der.subarray(PKCS8_ED25519_PREFIX.length).toString('base64url');
}

/** The JWS protected header every record carries. */
export function protectedHeader(kid: string): { alg: 'EdDSA'; kid: string; typ: 'JOSE' } {
  return { alg: 'EdDSA', kid, typ: 'JOSE' };
}

/**
 * The JWS signing input (RFC 7515 §5.1) over the record's canonical JSON (RFC 8785): anyone who
 * canonicalizes the record the register shows gets the very payload that was signed.
 */
export function signingInput(record: PublishedDecisionRecordV1, kid: string): string {
  const header = Buffer.from(JSON.stringify(protectedHeader(kid))).toString('base64url');
  return `${header}.${canonicalBytes(record).toString('base64url')}`;
}

/** A compact JWS (EdDSA) over the record's canonical JSON. */
export function signRecord(record: PublishedDecisionRecordV1, signer: RecordSigner): string {
  const input = signingInput(record, signer.kid);
  return `${input}.${sign(null, Buffer.from(input), signer.key).toString('base64url')}`;
}

/** Checks a compact JWS against a public key; the register's own check before it serves keys. */
export function verifyCompact(jws: string, publicKey: KeyObject): boolean {
  const parts = jws.split('.');
  if (parts.length !== 3) return false;
  return verify(null, Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, Buffer.from(parts[2]!, 'base64url'));
}

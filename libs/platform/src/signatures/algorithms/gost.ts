import { randomBytes } from 'node:crypto';
import { gostEngine } from 'node-gost-crypto';
import { reversed, toArrayBuffer } from './bytes';

export type GostSize = 256 | 512;

/**
 * Curve parameter sets by the OID a GOST key names in its certificate, mapped to the library's
 * names for them (RFC 4357, RFC 7836). The twisted Edwards sets (tc26 256-A, 512-C) are absent:
 * the library has no parameters for them, so a key on them is refused as unsupported.
 */
const CURVES: Readonly<Record<string, { name: string; size: GostSize }>> = {
  '1.2.643.2.2.35.0': { name: 'S-256-TEST', size: 256 },
  '1.2.643.2.2.35.1': { name: 'S-256-A', size: 256 },
  '1.2.643.2.2.35.2': { name: 'S-256-B', size: 256 },
  '1.2.643.2.2.35.3': { name: 'S-256-C', size: 256 },
  '1.2.643.2.2.36.0': { name: 'S-256-A', size: 256 },
  '1.2.643.2.2.36.1': { name: 'S-256-C', size: 256 },
  '1.2.643.7.1.2.1.2.0': { name: 'T-512-TEST', size: 512 },
  '1.2.643.7.1.2.1.2.1': { name: 'T-512-A', size: 512 },
  '1.2.643.7.1.2.1.2.2': { name: 'T-512-B', size: 512 },
};

export const GOST_TEST_CURVES = { size256: '1.2.643.2.2.35.0', size512: '1.2.643.7.1.2.1.2.0' } as const;

export function gostCurve(curveOid: string): { name: string; size: GostSize } | undefined {
  return CURVES[curveOid];
}

/** GOST R 34.11-2012 (Streebog) in the byte order certificates and CMS carry. */
export function streebog(data: Uint8Array, size: GostSize): Uint8Array {
  const digest = gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 2012, length: size });
  return new Uint8Array(digest.digest(toArrayBuffer(data)));
}

/** A public key as certificates carry it: x then y, each little-endian. */
export interface GostKeyPair {
  curveOid: string;
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

function engine(curveOid: string, options: { hashed: boolean; nonce?: Uint8Array }) {
  const curve = CURVES[curveOid];
  if (!curve) throw new Error(`unsupported GOST curve ${curveOid}`);
  return gostEngine.getGostSign({
    name: 'GOST R 34.10',
    version: 2012,
    length: curve.size,
    namedCurve: curve.name,
    procreator: 'CP',
    ...(options.hashed ? { hash: { name: 'GOST R 34.11' } } : {}),
    ...(options.nonce ? { ukm: toArrayBuffer(options.nonce) } : {}),
  });
}

/**
 * Verifies a GOST R 34.10-2012 signature (s || r, big-endian, as RFC 7091 and RFC 4491 encode it)
 * over data hashed with Streebog of the key's size.
 */
export function gostVerify(curveOid: string, publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): boolean {
  return engine(curveOid, { hashed: true }).verify(toArrayBuffer(publicKey), toArrayBuffer(signature), toArrayBuffer(data));
}

/**
 * Verifies a signature over a digest already reduced to the number e, given big-endian as the
 * standards print it: how the published examples state their input.
 */
export function gostVerifyDigestNumber(curveOid: string, publicKey: Uint8Array, signature: Uint8Array, e: Uint8Array): boolean {
  return engine(curveOid, { hashed: false }).verify(toArrayBuffer(publicKey), toArrayBuffer(signature), toArrayBuffer(reversed(e)));
}

/** Signing exists for the development signer and the test PKI; the nonce comes from Node's CSPRNG. */
export function gostSign(curveOid: string, privateKey: Uint8Array, data: Uint8Array): Uint8Array {
  const size = CURVES[curveOid]?.size ?? 256;
  const nonce = randomBytes(size / 8);
  return new Uint8Array(engine(curveOid, { hashed: true, nonce }).sign(toArrayBuffer(privateKey), toArrayBuffer(data)));
}

export function gostGenerateKeyPair(curveOid: string): GostKeyPair {
  const size = CURVES[curveOid]?.size ?? 256;
  const keys = engine(curveOid, { hashed: true, nonce: randomBytes(size / 8) }).generateKey();
  return { curveOid, privateKey: new Uint8Array(keys.privateKey), publicKey: new Uint8Array(keys.publicKey) };
}

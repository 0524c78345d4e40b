import { createHash, createPublicKey, verify as rsaVerify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from '../oids';
import { toArrayBuffer } from './bytes';
import { gostCurve, gostVerify, streebog } from './gost';

/** The signature schemes the verifier accepts, named as results and ledgers report them. */
export type SignatureAlgorithmName = 'RSA-SHA256' | 'RSA-SHA384' | 'RSA-SHA512' | 'GOST34.10-2015-256' | 'GOST34.10-2015-512';

const NODE_DIGESTS: Readonly<Record<string, string>> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** The digest an algorithm identifier names, or undefined when it names none we compute. */
export function digestBytes(digestOid: string, data: Uint8Array): Uint8Array | undefined {
  if (digestOid === OID.streebog256) return streebog(data, 256);
  if (digestOid === OID.streebog512) return streebog(data, 512);
  const name = NODE_DIGESTS[digestOid];
  return name ? new Uint8Array(createHash(name).update(data).digest()) : undefined;
}

export class UnsupportedAlgorithm extends Error {
  constructor(readonly oid: string) {
    super(`unsupported algorithm ${oid}`);
  }
}

const RSA_SIGNATURES: Readonly<Record<string, SignatureAlgorithmName>> = {
  [OID.sha256WithRsa]: 'RSA-SHA256',
  [OID.sha384WithRsa]: 'RSA-SHA384',
  [OID.sha512WithRsa]: 'RSA-SHA512',
};
const RSA_BY_DIGEST: Readonly<Record<string, SignatureAlgorithmName>> = {
  [OID.sha256]: 'RSA-SHA256',
  [OID.sha384]: 'RSA-SHA384',
  [OID.sha512]: 'RSA-SHA512',
};

/** The digest each scheme hashes with: a CMS signer's digest algorithm must be this one. */
export const DIGEST_OF: Readonly<Record<SignatureAlgorithmName, string>> = {
  'RSA-SHA256': OID.sha256,
  'RSA-SHA384': OID.sha384,
  'RSA-SHA512': OID.sha512,
  'GOST34.10-2015-256': OID.streebog256,
  'GOST34.10-2015-512': OID.streebog512,
};

/**
 * Names the scheme of a signature. CMS signers may put the key's algorithm (rsaEncryption, the
 * GOST key identifiers) where the signature's belongs, with the digest beside it (OpenSSL does).
 */
export function signatureAlgorithmOf(
  signatureOid: string,
  digestOid: string | undefined,
  publicKey: pkijs.PublicKeyInfo,
): SignatureAlgorithmName {
  const keyOid = publicKey.algorithm.algorithmId;
  if (keyOid === OID.rsaEncryption) {
    const name = signatureOid === OID.rsaEncryption && digestOid ? RSA_BY_DIGEST[digestOid] : RSA_SIGNATURES[signatureOid];
    if (name) return name;
  }
  // CMS signers (OpenSSL among them) may name the key's algorithm instead of the signature's, as with RSA.
  if (keyOid === OID.gost2012PublicKey256 && (signatureOid === OID.gost2012Signature256 || signatureOid === keyOid))
    return 'GOST34.10-2015-256';
  if (keyOid === OID.gost2012PublicKey512 && (signatureOid === OID.gost2012Signature512 || signatureOid === keyOid))
    return 'GOST34.10-2015-512';
  throw new UnsupportedAlgorithm(`${signatureOid} with a ${keyOid} key`);
}

/** The curve a GOST key lies on, from its SubjectPublicKeyInfo parameters (RFC 4491, RFC 9215). */
export function gostCurveOf(publicKey: pkijs.PublicKeyInfo): string {
  const params = publicKey.algorithm.algorithmParams;
  const first = params instanceof asn1js.Sequence ? params.valueBlock.value[0] : undefined;
  const curveOid = first instanceof asn1js.ObjectIdentifier ? first.valueBlock.toString() : '';
  if (!gostCurve(curveOid)) throw new UnsupportedAlgorithm(curveOid || 'GOST key without curve parameters');
  return curveOid;
}

/** The raw x || y of a GOST key: its BIT STRING wraps them in an OCTET STRING. */
export function gostPublicKeyBytes(publicKey: pkijs.PublicKeyInfo): Uint8Array {
  const inner = asn1js.fromBER(toArrayBuffer(publicKey.subjectPublicKey.valueBlock.valueHexView));
  if (!(inner.result instanceof asn1js.OctetString)) throw new UnsupportedAlgorithm('GOST key not wrapped in an OCTET STRING');
  return new Uint8Array(inner.result.valueBlock.valueHexView);
}

export function publicKeyDer(publicKey: pkijs.PublicKeyInfo): Uint8Array {
  return new Uint8Array(publicKey.toSchema().toBER(false));
}

/** Whether `signature` is the key's signature over `data` with the named scheme. */
export function verifySignatureValue(
  algorithm: SignatureAlgorithmName,
  publicKey: pkijs.PublicKeyInfo,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  switch (algorithm) {
    case 'RSA-SHA256':
    case 'RSA-SHA384':
    case 'RSA-SHA512': {
      const key = createPublicKey({ key: Buffer.from(publicKeyDer(publicKey)), format: 'der', type: 'spki' });
      return rsaVerify(algorithm.replace('RSA-', '').toLowerCase(), data, key, signature);
    }
    case 'GOST34.10-2015-256':
    case 'GOST34.10-2015-512':
      return gostVerify(gostCurveOf(publicKey), gostPublicKeyBytes(publicKey), signature, data);
  }
}

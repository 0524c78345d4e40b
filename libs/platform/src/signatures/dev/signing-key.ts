import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from '../algorithms/bytes';
import { gostCurve, gostGenerateKeyPair, gostSign } from '../algorithms/gost';
import { OID } from '../oids';

export type KeyKind = 'rsa' | 'gost256' | 'gost512';

/** A private key of the development or test PKI, in a form that can be written to a file. */
export type SigningKey =
  { kind: 'rsa'; pkcs8Pem: string } | { kind: 'gost256' | 'gost512'; curveOid: string; privateKeyHex: string; publicKeyHex: string };

/** The curves the development PKI puts GOST keys on: CryptoPro A and TC26 512 A, both widely deployed. */
const DEV_CURVES = { gost256: '1.2.643.2.2.35.1', gost512: '1.2.643.7.1.2.1.2.1' } as const;

export function generateSigningKey(kind: KeyKind): SigningKey {
  if (kind === 'rsa') {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { kind, pkcs8Pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
  }
  const keys = gostGenerateKeyPair(DEV_CURVES[kind]);
  return {
    kind,
    curveOid: keys.curveOid,
    privateKeyHex: Buffer.from(keys.privateKey).toString('hex'),
    publicKeyHex: Buffer.from(keys.publicKey).toString('hex'),
  };
}

export function publicKeyInfoOf(key: SigningKey): pkijs.PublicKeyInfo {
  if (key.kind === 'rsa') {
    const spki = createPublicKey(createPrivateKey(key.pkcs8Pem)).export({ format: 'der', type: 'spki' });
    return pkijs.PublicKeyInfo.fromBER(toArrayBuffer(spki));
  }
  const is512 = gostCurve(key.curveOid)?.size === 512;
  // RFC 9215: a 256-bit key names its digest beside the curve; a 512-bit key leaves it implied.
  const params = [new asn1js.ObjectIdentifier({ value: key.curveOid })];
  if (!is512) params.push(new asn1js.ObjectIdentifier({ value: OID.streebog256 }));
  const point = new asn1js.OctetString({ valueHex: toArrayBuffer(Buffer.from(key.publicKeyHex, 'hex')) });
  return new pkijs.PublicKeyInfo({
    algorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: is512 ? OID.gost2012PublicKey512 : OID.gost2012PublicKey256,
      algorithmParams: new asn1js.Sequence({ value: params }),
    }),
    subjectPublicKey: new asn1js.BitString({ valueHex: point.toBER(false) }),
  });
}

/** The algorithm identifier a signature by this key carries, and the digest that goes with it. */
export function algorithmsOf(key: SigningKey): { signature: pkijs.AlgorithmIdentifier; digestOid: string } {
  if (key.kind === 'rsa') {
    return {
      signature: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() }),
      digestOid: OID.sha256,
    };
  }
  const is512 = key.kind === 'gost512';
  return {
    signature: new pkijs.AlgorithmIdentifier({ algorithmId: is512 ? OID.gost2012Signature512 : OID.gost2012Signature256 }),
    digestOid: is512 ? OID.streebog512 : OID.streebog256,
  };
}

export function signBytes(key: SigningKey, data: Uint8Array): Uint8Array {
  if (key.kind === 'rsa') return new Uint8Array(nodeSign('sha256', data, createPrivateKey(key.pkcs8Pem)));
  return gostSign(key.curveOid, new Uint8Array(Buffer.from(key.privateKeyHex, 'hex')), data);
}

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from '../algorithms/bytes';
import { digestBytes } from '../algorithms/signature-algorithms';
import { OID } from '../oids';
import { algorithmsOf, signBytes } from './signing-key';
import { PkiEntity } from './test-pki';

export interface CmsSignOptions {
  /** Certificates to carry besides the signer's: the intermediates up to (not including) the root. */
  intermediates?: readonly pkijs.Certificate[];
  signingTime?: Date;
  /** Carry the content inside the CMS (timestamp tokens) instead of detached (NCALayer). */
  attached?: boolean;
  eContentType?: string;
  /** Asks a timestamp authority for a token over the signature value. */
  timestamp?: (signatureValue: Uint8Array) => Uint8Array;
}

function compareBytes(left: Uint8Array, right: Uint8Array): number {
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) return left[index]! - right[index]!;
  }
  return left.length - right.length;
}

/** DER sorts a SET OF by the elements' encodings; verifiers that re-encode (OpenSSL) need that order. */
function signedAttributes(values: [string, asn1js.AsnType][]): pkijs.SignedAndUnsignedAttributes {
  const attributes = values
    .map(([type, value]) => new pkijs.Attribute({ type, values: [value] }))
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }))
    .sort((left, right) => compareBytes(left.der, right.der))
    .map(({ attribute }) => attribute);
  return new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes });
}

/**
 * Signs as NCALayer's createCMSSignatureFromBase64 does: a SignedData over the content with the
 * content-type, signing-time and message-digest attributes, the signer's certificate and its
 * intermediates, the content itself left out. Returns the DER.
 */
export function signCms(content: Uint8Array, signer: PkiEntity, options: CmsSignOptions = {}): Uint8Array {
  const { digestOid } = algorithmsOf(signer.key);
  const eContentType = options.eContentType ?? OID.data;
  const signerInfo = signerInfoOf(content, signer, eContentType, options);
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [digestAlgorithm(digestOid)],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType,
      ...(options.attached ? { eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(content) }) } : {}),
    }),
    certificates: [signer.certificate, ...(options.intermediates ?? [])],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** SHA-2 identifiers carry NULL parameters by custom; Streebog's carry none (RFC 9215). */
function digestAlgorithm(digestOid: string): pkijs.AlgorithmIdentifier {
  const gost = digestOid === OID.streebog256 || digestOid === OID.streebog512;
  return new pkijs.AlgorithmIdentifier({ algorithmId: digestOid, ...(gost ? {} : { algorithmParams: new asn1js.Null() }) });
}

function signerInfoOf(content: Uint8Array, signer: PkiEntity, eContentType: string, options: CmsSignOptions): pkijs.SignerInfo {
  const { signature, digestOid } = algorithmsOf(signer.key);
  const attributes = signedAttributes([
    [OID.contentType, new asn1js.ObjectIdentifier({ value: eContentType })],
    [OID.signingTime, new asn1js.UTCTime({ valueDate: options.signingTime ?? new Date() })],
    [OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(digestBytes(digestOid, content)!) })],
  ]);
  const signedDer = new Uint8Array(attributes.toSchema().toBER(false));
  signedDer[0] = 0x31; // signed as a SET, carried as [0] IMPLICIT
  const signatureValue = signBytes(signer.key, signedDer);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.certificate.issuer, serialNumber: signer.certificate.serialNumber }),
    digestAlgorithm: digestAlgorithm(digestOid),
    signedAttrs: attributes,
    signatureAlgorithm: signature,
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signatureValue) }),
  });
  if (options.timestamp) {
    const token = asn1js.fromBER(toArrayBuffer(options.timestamp(signatureValue))).result;
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.timeStampToken, values: [token] })],
    });
  }
  return signerInfo;
}

/** An RFC 3161 token from a test timestamp authority, over a signature value, at `time`. */
export function issueTimestampToken(
  authority: PkiEntity,
  signatureValue: Uint8Array,
  time: Date,
  intermediates: readonly pkijs.Certificate[] = [],
): Uint8Array {
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: '2.999.3161.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digestBytes(OID.sha256, signatureValue)!) }),
    }),
    serialNumber: new asn1js.Integer({ value: Math.floor(time.getTime() / 1000) }),
    genTime: time,
  });
  const tstInfo = new Uint8Array(info.toSchema().toBER(false));
  return signCms(tstInfo, authority, { attached: true, eContentType: OID.tstInfo, signingTime: time, intermediates });
}

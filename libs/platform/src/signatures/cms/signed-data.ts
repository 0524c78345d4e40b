import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from '../algorithms/bytes';
import { OID } from '../oids';
import { SignatureError } from '../signature-errors';

/** One SignerInfo of a CMS SignedData, with what the verifier needs read out of it. */
export interface ParsedSignedData {
  certificates: pkijs.Certificate[];
  signerCertificate: pkijs.Certificate;
  signerInfo: pkijs.SignerInfo;
  digestOid: string;
  signatureOid: string;
  signatureValue: Uint8Array;
  /** The DER the signature covers when signed attributes are present (tagged as a SET). */
  signedAttributes?: Uint8Array;
  messageDigest?: Uint8Array;
  contentType?: string;
  signingTime?: Date;
  /** DER of an RFC 3161 timestamp token in the unsigned attributes. */
  timestampToken?: Uint8Array;
  /** The content when it travels inside the CMS (timestamp tokens); absent when detached. */
  encapsulatedContent?: Uint8Array;
  eContentType: string;
}

function attributeValue(attributes: pkijs.SignedAndUnsignedAttributes | undefined, type: string): unknown {
  return attributes?.attributes.find((attribute) => attribute.type === type)?.values[0];
}

function sameIssuerAndSerial(certificate: pkijs.Certificate, sid: pkijs.IssuerAndSerialNumber): boolean {
  return certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber);
}

function signerCertificateOf(certificates: pkijs.Certificate[], signerInfo: pkijs.SignerInfo): pkijs.Certificate {
  const sid = signerInfo.sid as unknown;
  const found = certificates.find((certificate) => {
    if (sid instanceof pkijs.IssuerAndSerialNumber) return sameIssuerAndSerial(certificate, sid);
    if (sid instanceof asn1js.Constructed || sid instanceof asn1js.Primitive) {
      // [0] SubjectKeyIdentifier: compared with the certificate's extension.
      const keyId =
        sid instanceof asn1js.Primitive
          ? sid.valueBlock.valueHexView
          : (sid.valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHexView;
      const extension = certificate.extensions?.find((candidate) => candidate.extnID === OID.subjectKeyIdentifier);
      return extension ? bytesEqual((extension.parsedValue as asn1js.OctetString).valueBlock.valueHexView, keyId) : false;
    }
    return false;
  });
  if (!found) throw new SignatureError('SIGNATURE_MALFORMED', "the signer's certificate is not in the CMS");
  return found;
}

function readAttributes(signerInfo: pkijs.SignerInfo) {
  const signed = signerInfo.signedAttrs;
  const digest = attributeValue(signed, OID.messageDigest);
  const contentType = attributeValue(signed, OID.contentType);
  const signingTime = attributeValue(signed, OID.signingTime);
  const token = attributeValue(signerInfo.unsignedAttrs, OID.timeStampToken);
  return {
    signedAttributes: signed ? new Uint8Array(signed.encodedValue) : undefined,
    messageDigest: digest instanceof asn1js.OctetString ? new Uint8Array(digest.valueBlock.valueHexView) : undefined,
    contentType: contentType instanceof asn1js.ObjectIdentifier ? contentType.valueBlock.toString() : undefined,
    signingTime: signingTime instanceof asn1js.UTCTime || signingTime instanceof asn1js.GeneralizedTime ? signingTime.toDate() : undefined,
    timestampToken: token instanceof asn1js.Sequence ? new Uint8Array(token.toBER(false)) : undefined,
  };
}

/** Reads a CMS SignedData with exactly one signer, as NCALayer and TSAs produce it. */
export function parseSignedData(der: Uint8Array): ParsedSignedData {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
    if (contentInfo.contentType !== OID.signedData) throw new Error(`content type ${contentInfo.contentType}`);
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    throw new SignatureError('SIGNATURE_MALFORMED', (error as Error).message);
  }
  if (signedData.signerInfos.length !== 1) {
    throw new SignatureError('SIGNATURE_MALFORMED', `expected one signer, found ${signedData.signerInfos.length}`);
  }
  const signerInfo = signedData.signerInfos[0];
  const certificates = (signedData.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
  const eContent = signedData.encapContentInfo.eContent;
  const attributes = readAttributes(signerInfo);
  if (attributes.signedAttributes && !attributes.messageDigest) {
    throw new SignatureError('SIGNATURE_MALFORMED', 'signed attributes without a message digest');
  }
  return {
    certificates,
    signerCertificate: signerCertificateOf(certificates, signerInfo),
    signerInfo,
    digestOid: signerInfo.digestAlgorithm.algorithmId,
    signatureOid: signerInfo.signatureAlgorithm.algorithmId,
    signatureValue: new Uint8Array(signerInfo.signature.valueBlock.valueHexView),
    ...attributes,
    encapsulatedContent: eContent ? new Uint8Array(eContent.getValue()) : undefined,
    eContentType: signedData.encapContentInfo.eContentType,
  };
}

/** Decodes the base64 NCALayer returns (line breaks allowed), refusing anything else. */
export function decodeBase64Cms(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    throw new SignatureError('SIGNATURE_MALFORMED', 'not base64');
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

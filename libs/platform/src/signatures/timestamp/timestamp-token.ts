import * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from '../algorithms/bytes';
import { digestBytes } from '../algorithms/signature-algorithms';
import { chainToTrustedRoot } from '../certificates/certificate-chain';
import { extendedKeyUsageOf, identityOf } from '../certificates/certificate-profile';
import { parseSignedData } from '../cms/signed-data';
import { verifySignerSignature } from '../cms/signer-signature';
import { OID } from '../oids';
import { SignatureError } from '../signature-errors';

export interface VerifiedTimestamp {
  time: Date;
  authority: string;
}

function read(tokenDer: Uint8Array) {
  const token = parseSignedData(tokenDer);
  if (token.eContentType !== OID.tstInfo || !token.encapsulatedContent) throw new Error('not a timestamp token');
  return { token, info: pkijs.TSTInfo.fromBER(toArrayBuffer(token.encapsulatedContent)) };
}

/**
 * Checks an RFC 3161 timestamp token over a signature value: its imprint is the digest of exactly
 * that value, the authority signed it, and the authority's certificate chains to a trusted root and
 * is meant for timestamping. Its time then stands as the signing time.
 */
export function verifyTimestampToken(
  tokenDer: Uint8Array,
  signatureValue: Uint8Array,
  roots: readonly pkijs.Certificate[],
): VerifiedTimestamp {
  try {
    const { token, info } = read(tokenDer);
    const imprint = digestBytes(info.messageImprint.hashAlgorithm.algorithmId, signatureValue);
    if (!imprint || !bytesEqual(imprint, info.messageImprint.hashedMessage.valueBlock.valueHexView)) {
      throw new Error('the imprint is not of this signature');
    }
    verifySignerSignature(token);
    chainToTrustedRoot(token.signerCertificate, token.certificates, roots, info.genTime);
    if (!extendedKeyUsageOf(token.signerCertificate).includes(OID.ekuTimeStamping)) {
      throw new Error('the authority certificate is not for timestamping');
    }
    return { time: info.genTime, authority: identityOf(token.signerCertificate).commonName };
  } catch (error) {
    throw new SignatureError('SIGNATURE_TIMESTAMP_INVALID', (error as Error).message);
  }
}

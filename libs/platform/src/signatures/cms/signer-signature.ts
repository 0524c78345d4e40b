import { bytesEqual } from '../algorithms/bytes';
import {
  DIGEST_OF,
  digestBytes,
  SignatureAlgorithmName,
  signatureAlgorithmOf,
  UnsupportedAlgorithm,
  verifySignatureValue,
} from '../algorithms/signature-algorithms';
import { SignatureError } from '../signature-errors';
import { ParsedSignedData } from './signed-data';

function algorithmOf(parsed: ParsedSignedData): SignatureAlgorithmName {
  try {
    return signatureAlgorithmOf(parsed.signatureOid, parsed.digestOid, parsed.signerCertificate.subjectPublicKeyInfo);
  } catch (error) {
    if (error instanceof UnsupportedAlgorithm) throw new SignatureError('SIGNATURE_ALGORITHM_UNSUPPORTED', error.message);
    throw error;
  }
}

/**
 * Checks that the signer signed exactly `content` (or the content the CMS carries): the digest in
 * the signed attributes is the content's, and the signature value is over those attributes.
 */
export function verifySignerSignature(parsed: ParsedSignedData, content?: Uint8Array): SignatureAlgorithmName {
  const data = content ?? parsed.encapsulatedContent;
  if (!data) throw new SignatureError('SIGNATURE_MALFORMED', 'detached CMS verified without its content');
  const algorithm = algorithmOf(parsed);
  if (DIGEST_OF[algorithm] !== parsed.digestOid) {
    throw new SignatureError('SIGNATURE_ALGORITHM_UNSUPPORTED', `${algorithm} with digest ${parsed.digestOid}`);
  }
  const digest = digestBytes(parsed.digestOid, data);
  if (!digest) throw new SignatureError('SIGNATURE_ALGORITHM_UNSUPPORTED', `digest ${parsed.digestOid}`);
  let signed = data;
  if (parsed.signedAttributes) {
    if (parsed.contentType !== parsed.eContentType) {
      throw new SignatureError('SIGNATURE_MALFORMED', 'the content-type attribute differs from the content');
    }
    if (!bytesEqual(parsed.messageDigest ?? new Uint8Array(), digest)) {
      throw new SignatureError('SIGNATURE_CONTENT_MISMATCH', 'message digest');
    }
    signed = parsed.signedAttributes;
  }
  let valid: boolean;
  try {
    valid = verifySignatureValue(algorithm, parsed.signerCertificate.subjectPublicKeyInfo, signed, parsed.signatureValue);
  } catch (error) {
    if (error instanceof UnsupportedAlgorithm) throw new SignatureError('SIGNATURE_ALGORITHM_UNSUPPORTED', error.message);
    throw new SignatureError('SIGNATURE_CONTENT_MISMATCH', (error as Error).message);
  }
  if (!valid) throw new SignatureError('SIGNATURE_CONTENT_MISMATCH', 'signature value');
  return algorithm;
}

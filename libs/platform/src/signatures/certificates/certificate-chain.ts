import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual } from '../algorithms/bytes';
import { signatureAlgorithmOf, verifySignatureValue } from '../algorithms/signature-algorithms';
import { OID } from '../oids';
import { SignatureError } from '../signature-errors';

/** NCA RK's hierarchy is root, intermediate, subscriber; a few more levels are tolerated. */
const MAX_CHAIN_LENGTH = 6;

export function certificateDer(certificate: pkijs.Certificate): Uint8Array {
  return new Uint8Array(certificate.toSchema().toBER(false));
}

export function validAt(certificate: pkijs.Certificate, at: Date): boolean {
  return certificate.notBefore.value.getTime() <= at.getTime() && at.getTime() <= certificate.notAfter.value.getTime();
}

/** Whether `issuer`'s key made `certificate`'s signature. */
export function issuedBy(certificate: pkijs.Certificate, issuer: pkijs.Certificate): boolean {
  if (!certificate.issuer.isEqual(issuer.subject)) return false;
  try {
    const algorithm = signatureAlgorithmOf(certificate.signatureAlgorithm.algorithmId, undefined, issuer.subjectPublicKeyInfo);
    return verifySignatureValue(
      algorithm,
      issuer.subjectPublicKeyInfo,
      certificate.tbsView,
      certificate.signatureValue.valueBlock.valueHexView,
    );
  } catch {
    return false;
  }
}

function mayIssue(certificate: pkijs.Certificate): boolean {
  const constraints = certificate.extensions?.find((extension) => extension.extnID === OID.basicConstraints)?.parsedValue;
  if (!(constraints instanceof pkijs.BasicConstraints) || !constraints.cA) return false;
  const keyUsage = certificate.extensions?.find((extension) => extension.extnID === OID.keyUsage)?.parsedValue;
  // keyCertSign is bit 5 of the first byte; absent key usage places no limit.
  return !(keyUsage instanceof asn1js.BitString) || (keyUsage.valueBlock.valueHexView[0] & 0x04) !== 0;
}

/**
 * The path from the signer's certificate to one of the trusted roots, each link's signature checked
 * and each certificate valid at `at` (the signing time: a signature stays valid after expiry).
 * Intermediates come from the CMS; only the roots are trusted.
 */
export function chainToTrustedRoot(
  signer: pkijs.Certificate,
  candidates: readonly pkijs.Certificate[],
  roots: readonly pkijs.Certificate[],
  at: Date,
): pkijs.Certificate[] {
  const chain = [signer];
  let current = signer;
  while (chain.length <= MAX_CHAIN_LENGTH) {
    if (roots.some((root) => bytesEqual(certificateDer(root), certificateDer(current)))) return chain;
    const root = roots.find((candidate) => issuedBy(current, candidate));
    if (root) {
      if (!validAt(root, at)) throw new SignatureError('SIGNATURE_CHAIN_UNTRUSTED', 'the root was not valid at signing time');
      return [...chain, root];
    }
    const next = candidates.find((candidate) => !chain.includes(candidate) && mayIssue(candidate) && issuedBy(current, candidate));
    if (!next) throw new SignatureError('SIGNATURE_CHAIN_UNTRUSTED', 'no trusted issuer');
    if (!validAt(next, at)) throw new SignatureError('SIGNATURE_CHAIN_UNTRUSTED', 'an intermediate was not valid at signing time');
    chain.push(next);
    current = next;
  }
  throw new SignatureError('SIGNATURE_CHAIN_UNTRUSTED', 'chain too long');
}

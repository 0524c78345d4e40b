import * as pkijs from 'pkijs';
import { pemToDer, toArrayBuffer } from '../algorithms/bytes';
import { signatureAlgorithmOf, verifySignatureValue } from '../algorithms/signature-algorithms';
import { fetchBytes, RevocationEvidence, RevocationFetchOptions, RevocationSourceFailed } from './revocation-evidence';

/** The CRL's DER as the CA sent it (a PEM file is unwrapped), and the CRL read from it. */
function parseCrl(bytes: Uint8Array): { der: Uint8Array; crl: pkijs.CertificateRevocationList } {
  const text = Buffer.from(bytes).toString('latin1');
  const der = (text.startsWith('-----BEGIN') ? pemToDer(text, 'X509 CRL')[0] : bytes) ?? new Uint8Array();
  try {
    return { der, crl: pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der)) };
  } catch (error) {
    throw new RevocationSourceFailed(`CRL unreadable: ${(error as Error).message}`);
  }
}

function signedByIssuer(crl: pkijs.CertificateRevocationList, issuer: pkijs.Certificate): boolean {
  if (!crl.issuer.isEqual(issuer.subject)) return false;
  try {
    const algorithm = signatureAlgorithmOf(crl.signatureAlgorithm.algorithmId, undefined, issuer.subjectPublicKeyInfo);
    return verifySignatureValue(algorithm, issuer.subjectPublicKeyInfo, crl.tbsView, crl.signatureValue.valueBlock.valueHexView);
  } catch {
    return false;
  }
}

/** Reads a CRL the issuer signed and finds `certificate` in it; a stale or foreign CRL is not usable. */
export function readCrl(
  bytes: Uint8Array,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  now: Date,
): Omit<RevocationEvidence, 'url'> {
  const { der, crl } = parseCrl(bytes);
  if (!signedByIssuer(crl, issuer)) throw new RevocationSourceFailed('CRL not signed by the issuer');
  if (crl.nextUpdate && crl.nextUpdate.value.getTime() < now.getTime()) throw new RevocationSourceFailed('CRL out of date');
  const entry = crl.revokedCertificates?.find((revoked) => revoked.userCertificate.isEqual(certificate.serialNumber));
  return {
    source: 'crl',
    status: entry ? 'revoked' : 'good',
    response: der,
    producedAt: crl.thisUpdate.value,
    ...(entry ? { revokedAt: entry.revocationDate.value } : {}),
  };
}

export async function downloadCrl(
  url: string,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  options: RevocationFetchOptions,
): Promise<RevocationEvidence> {
  const bytes = await fetchBytes(url, { method: 'GET' }, options.timeoutMs);
  return { ...readCrl(bytes, certificate, issuer, options.now), url };
}

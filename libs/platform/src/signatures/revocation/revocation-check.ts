import * as pkijs from 'pkijs';
import { OID } from '../oids';
import { SignatureError } from '../signature-errors';
import { downloadCrl } from './crl-client';
import { queryOcsp } from './ocsp-client';
import { RevocationEvidence, RevocationFetchOptions, RevocationSourceFailed } from './revocation-evidence';

export interface RevocationOptions extends RevocationFetchOptions {
  /** The operator's OCSP responder; when set it is asked instead of the certificate's AIA. */
  ocspUrl?: string;
}

function uris(names: readonly pkijs.GeneralName[] | undefined): string[] {
  return (names ?? []).filter((name) => name.type === 6).map((name) => String(name.value));
}

export function ocspUrlsOf(certificate: pkijs.Certificate): string[] {
  const access = certificate.extensions?.find((extension) => extension.extnID === OID.authorityInfoAccess)?.parsedValue;
  if (!(access instanceof pkijs.InfoAccess)) return [];
  return uris(access.accessDescriptions.filter((item) => item.accessMethod === OID.accessOcsp).map((item) => item.accessLocation));
}

export function crlUrlsOf(certificate: pkijs.Certificate): string[] {
  const points = certificate.extensions?.find((extension) => extension.extnID === OID.crlDistributionPoints)?.parsedValue;
  if (!(points instanceof pkijs.CRLDistributionPoints)) return [];
  return points.distributionPoints.flatMap((point) => (Array.isArray(point.distributionPoint) ? uris(point.distributionPoint) : []));
}

/**
 * The certificate's status: OCSP first (the operator's responder, else the certificate's), the
 * CRL distribution points when no responder gives a usable answer. Neither: a 503-class refusal,
 * since the signature may well be good and asking again later may succeed.
 */
export async function checkRevocation(
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  options: RevocationOptions,
): Promise<RevocationEvidence> {
  const failures: string[] = [];
  const ocspUrls = options.ocspUrl ? [options.ocspUrl] : ocspUrlsOf(certificate);
  for (const url of ocspUrls) {
    try {
      return await queryOcsp(url, certificate, issuer, options);
    } catch (error) {
      if (!(error instanceof RevocationSourceFailed)) throw error;
      failures.push(error.message);
    }
  }
  for (const url of crlUrlsOf(certificate)) {
    try {
      return await downloadCrl(url, certificate, issuer, options);
    } catch (error) {
      if (!(error instanceof RevocationSourceFailed)) throw error;
      failures.push(error.message);
    }
  }
  throw new SignatureError('SIGNATURE_REVOCATION_UNAVAILABLE', failures.join('; ') || 'the certificate names no OCSP responder or CRL');
}

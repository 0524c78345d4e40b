import { readFileSync } from 'node:fs';
import * as pkijs from 'pkijs';
import { pemToDer, toArrayBuffer } from './algorithms/bytes';
import { PlatformConfig } from '../config/platform-config';
import { SignatureVerifierSettings } from './signature-verifier';

/** The certificates of a PEM bundle; NCA RK's roots reach the system only this way, as configuration. */
export function parseTrustedRoots(pem: string): pkijs.Certificate[] {
  return pemToDer(pem, 'CERTIFICATE').map((der) => pkijs.Certificate.fromBER(toArrayBuffer(der)));
}

/** Reads the operator's bundle; no path means no trust, and every verification is then refused. */
export function loadTrustedRoots(path: string): pkijs.Certificate[] {
  return path ? parseTrustedRoots(readFileSync(path, 'utf8')) : [];
}

export function signatureSettingsFrom(config: PlatformConfig): SignatureVerifierSettings {
  return {
    trustedRoots: loadTrustedRoots(config.SIGNATURE_TRUSTED_ROOTS),
    keyPurposes: { signing: config.SIGNATURE_SIGNING_POLICIES, authentication: config.SIGNATURE_AUTHENTICATION_POLICIES },
    ocspUrl: config.SIGNATURE_OCSP_URL || undefined,
    revocationTimeoutMs: config.SIGNATURE_REVOCATION_TIMEOUT_MS,
  };
}

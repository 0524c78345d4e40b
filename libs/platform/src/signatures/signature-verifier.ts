import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { derToPem } from './algorithms/bytes';
import { SignatureAlgorithmName } from './algorithms/signature-algorithms';
import { certificateDer, chainToTrustedRoot, validAt } from './certificates/certificate-chain';
import { CertificateIdentity, identityOf, isSigningKey, KeyPurposePolicies } from './certificates/certificate-profile';
import { decodeBase64Cms, ParsedSignedData, parseSignedData } from './cms/signed-data';
import { verifySignerSignature } from './cms/signer-signature';
import { checkRevocation } from './revocation/revocation-check';
import { RevocationEvidence } from './revocation/revocation-evidence';
import { SignatureError } from './signature-errors';
import { verifyTimestampToken } from './timestamp/timestamp-token';

export interface SignatureVerifierSettings {
  trustedRoots: readonly pkijs.Certificate[];
  keyPurposes: KeyPurposePolicies;
  /** The operator's OCSP responder, asked instead of the one the certificate names. */
  ocspUrl?: string;
  revocationTimeoutMs: number;
}

export interface SignedAct {
  /** The detached CMS, DER or the base64 NCALayer returns. */
  cms: Uint8Array | string;
  /** Exactly the bytes the server asked to sign. */
  content: Uint8Array;
  expectedIin?: string;
  expectedBin?: string;
}

/** Everything that can be established without asking the CA. */
export interface OfflineVerification {
  signer: CertificateIdentity;
  certificate: { der: Uint8Array; pem: string; serialNumber: string; issuer: string; notBefore: Date; notAfter: Date };
  /** The path from the signer's certificate to the trusted root, signer first. */
  chain: pkijs.Certificate[];
  algorithm: SignatureAlgorithmName;
  signingTime: Date;
  signingTimeSource: 'timestamp' | 'signing-time-attribute' | 'verification-time';
  /** SHA-256 of the CMS as received: the signature's name in ledgers and events. */
  cmsDigest: string;
  cms: Uint8Array;
}

export interface SignatureVerification extends OfflineVerification {
  revocation: RevocationEvidence;
}

/** A signing-time claimed this far ahead of the verifier's clock is not believed. */
const CLOCK_SKEW_MS = 5 * 60_000;

function signingTimeOf(parsed: ParsedSignedData, settings: SignatureVerifierSettings, now: Date) {
  if (parsed.timestampToken) {
    const timestamp = verifyTimestampToken(parsed.timestampToken, parsed.signatureValue, settings.trustedRoots);
    return { signingTime: timestamp.time, signingTimeSource: 'timestamp' as const };
  }
  if (parsed.signingTime) {
    if (parsed.signingTime.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new SignatureError('SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME', 'signing time in the future');
    }
    return { signingTime: parsed.signingTime, signingTimeSource: 'signing-time-attribute' as const };
  }
  return { signingTime: now, signingTimeSource: 'verification-time' as const };
}

function describeCertificate(certificate: pkijs.Certificate) {
  const der = certificateDer(certificate);
  return {
    der,
    pem: derToPem(der, 'CERTIFICATE'),
    serialNumber: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    issuer: certificate.issuer.typesAndValues.map((entry) => `${entry.type}=${String(entry.value.valueBlock.value)}`).join(', '),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}

function checkExpectedSigner(signer: CertificateIdentity, act: SignedAct): void {
  if (act.expectedIin !== undefined && signer.iin !== act.expectedIin) {
    throw new SignatureError('SIGNATURE_IIN_MISMATCH', `signed by IIN ${signer.iin ?? 'none'}`);
  }
  if (act.expectedBin !== undefined && signer.bin !== act.expectedBin) {
    throw new SignatureError('SIGNATURE_BIN_MISMATCH', `signed for BIN ${signer.bin ?? 'none'}`);
  }
}

/**
 * Every check but revocation, in the order a reader would ask: is it a signature over these
 * bytes, by a certificate a trusted root vouches for, valid when it signed, meant for signing, of
 * the expected person and organisation. Pure: the clock is passed in.
 */
export function verifySignatureOffline(act: SignedAct, settings: SignatureVerifierSettings, now: Date): OfflineVerification {
  if (settings.trustedRoots.length === 0) throw new SignatureError('SIGNATURE_TRUST_NOT_CONFIGURED');
  const cms = typeof act.cms === 'string' ? decodeBase64Cms(act.cms) : act.cms;
  const parsed = parseSignedData(cms);
  const algorithm = verifySignerSignature(parsed, act.content);
  const { signingTime, signingTimeSource } = signingTimeOf(parsed, settings, now);
  const chain = chainToTrustedRoot(parsed.signerCertificate, parsed.certificates, settings.trustedRoots, signingTime);
  if (!validAt(parsed.signerCertificate, signingTime)) throw new SignatureError('SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME');
  if (!isSigningKey(parsed.signerCertificate, settings.keyPurposes)) throw new SignatureError('SIGNATURE_AUTHENTICATION_KEY');
  const signer = identityOf(parsed.signerCertificate);
  checkExpectedSigner(signer, act);
  return {
    signer,
    certificate: describeCertificate(parsed.signerCertificate),
    chain,
    algorithm,
    signingTime,
    signingTimeSource,
    cmsDigest: `sha256:${createHash('sha256').update(cms).digest('hex')}`,
    cms,
  };
}

/** The full verification: the offline checks, then the certificate's status asked of the CA. */
export async function verifySignature(act: SignedAct, settings: SignatureVerifierSettings, now: Date): Promise<SignatureVerification> {
  const offline = verifySignatureOffline(act, settings, now);
  const [certificate, issuer] = offline.chain;
  if (!issuer) throw new SignatureError('SIGNATURE_CHAIN_UNTRUSTED', 'a trusted root signed the act itself');
  const revocation = await checkRevocation(certificate, issuer, {
    ocspUrl: settings.ocspUrl,
    timeoutMs: settings.revocationTimeoutMs,
    now,
  });
  // Only a timestamp proves a signature older than the revocation; a signer's own clock does not.
  const signedBeforeRevocation =
    offline.signingTimeSource === 'timestamp' && revocation.revokedAt !== undefined && offline.signingTime < revocation.revokedAt;
  if (revocation.status === 'revoked' && !signedBeforeRevocation) throw new SignatureError('SIGNATURE_CERTIFICATE_REVOKED');
  if (revocation.status === 'unknown') throw new SignatureError('SIGNATURE_REVOCATION_STATUS_UNKNOWN');
  return { ...offline, revocation };
}

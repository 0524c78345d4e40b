import * as pkijs from 'pkijs';
import { OID } from '../oids';
import { CertificateSpec, issueCertificate, SubjectSpec } from './certificate-builder';
import { generateSigningKey, KeyKind, SigningKey } from './signing-key';

/** A certificate and its private key: a CA, a responder or a signer of the test PKI. */
export interface PkiEntity {
  certificate: pkijs.Certificate;
  key: SigningKey;
}

/** NCA RK's policies: signing keys (RSA_…, GOSTKNCA_…) and authentication keys (AUTH_…). */
export const NCA_POLICIES = { signing: '1.2.398.3.3.2.1', authentication: '1.2.398.3.3.2.2' } as const;

export interface RevocationUrls {
  ocspUrl?: string;
  crlUrl?: string;
}

const DAY = 86_400_000;
const shifted = (from: Date, days: number) => new Date(from.getTime() + days * DAY);

export function createRootAuthority(commonName: string, kind: KeyKind, now: Date): PkiEntity {
  const key = generateSigningKey(kind);
  const certificate = issueCertificate({
    subject: { commonName, organization: 'Test Certification Authority' },
    subjectKey: key,
    notBefore: shifted(now, -365),
    notAfter: shifted(now, 3650),
    ca: true,
    keyUsage: ['keyCertSign', 'cRLSign'],
  });
  return { certificate, key };
}

export function createIntermediateAuthority(
  root: PkiEntity,
  commonName: string,
  kind: KeyKind,
  now: Date,
  urls: RevocationUrls = {},
): PkiEntity {
  const key = generateSigningKey(kind);
  const certificate = issueCertificate({
    subject: { commonName, organization: 'Test Certification Authority' },
    subjectKey: key,
    issuer: root,
    notBefore: shifted(now, -365),
    notAfter: shifted(now, 1825),
    ca: true,
    keyUsage: ['keyCertSign', 'cRLSign'],
    ...urls,
  });
  return { certificate, key };
}

export interface SignerSpec {
  subject: SubjectSpec;
  kind: KeyKind;
  purpose: 'signing' | 'authentication';
  notBefore?: Date;
  notAfter?: Date;
}

/** A person's certificate as NCA RK issues it: the policy and key usages tell signing from authentication. */
export function issueSigner(issuer: PkiEntity, spec: SignerSpec, now: Date, urls: RevocationUrls = {}): PkiEntity {
  const key = generateSigningKey(spec.kind);
  const signing = spec.purpose === 'signing';
  const certificate = issueCertificate({
    subject: spec.subject,
    subjectKey: key,
    issuer,
    notBefore: spec.notBefore ?? shifted(now, -30),
    notAfter: spec.notAfter ?? shifted(now, 365),
    ca: false,
    keyUsage: signing ? ['digitalSignature', 'nonRepudiation'] : ['digitalSignature', 'keyEncipherment'],
    policies: [signing ? NCA_POLICIES.signing : NCA_POLICIES.authentication],
    extendedKeyUsage: [signing ? OID.ekuEmailProtection : OID.ekuClientAuth],
    ...urls,
  });
  return { certificate, key };
}

/** A service certificate: an OCSP responder the CA delegates to, or a timestamp authority. */
export function issueServiceCertificate(issuer: PkiEntity, commonName: string, purpose: 'ocsp' | 'timestamping', now: Date): PkiEntity {
  const key = generateSigningKey('rsa');
  const spec: CertificateSpec = {
    subject: { commonName, organization: 'Test Certification Authority' },
    subjectKey: key,
    issuer,
    notBefore: shifted(now, -30),
    notAfter: shifted(now, 365),
    ca: false,
    keyUsage: ['digitalSignature', 'nonRepudiation'],
    extendedKeyUsage: [purpose === 'ocsp' ? OID.ekuOcspSigning : OID.ekuTimeStamping],
    extendedKeyUsageCritical: purpose === 'timestamping',
  };
  return { certificate: issueCertificate(spec), key };
}

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from '../oids';

/** Who a certificate names, read the way NCA RK writes its subjects. */
export interface CertificateIdentity {
  /** From SERIALNUMBER=IIN…; absent for certificates that name no person. */
  iin?: string;
  /** From OU=BIN…; present for an organisation's employee. */
  bin?: string;
  /** CN: surname and given name. */
  commonName: string;
  surname?: string;
  /** G: the patronymic, as NCA RK uses it. */
  givenName?: string;
  organization?: string;
}

function attribute(name: pkijs.RelativeDistinguishedNames, type: string): string | undefined {
  const value = name.typesAndValues.find((entry) => entry.type === type)?.value;
  return value ? String(value.valueBlock.value) : undefined;
}

function prefixed(value: string | undefined, prefix: string): string | undefined {
  const match = value ? new RegExp(`^${prefix}(\\d{12})$`).exec(value) : null;
  return match?.[1];
}

export function identityOf(certificate: pkijs.Certificate): CertificateIdentity {
  const subject = certificate.subject;
  return {
    iin: prefixed(attribute(subject, OID.serialNumber), 'IIN'),
    bin: prefixed(attribute(subject, OID.organizationalUnit), 'BIN'),
    commonName: attribute(subject, OID.commonName) ?? '',
    surname: attribute(subject, OID.surname),
    givenName: attribute(subject, OID.givenName),
    organization: attribute(subject, OID.organization),
  };
}

/** Which certificate policies mark a key as a signing key or as an authentication key. */
export interface KeyPurposePolicies {
  signing: readonly string[];
  authentication: readonly string[];
}

function extensionValue(certificate: pkijs.Certificate, oid: string): unknown {
  return certificate.extensions?.find((extension) => extension.extnID === oid)?.parsedValue;
}

export function policiesOf(certificate: pkijs.Certificate): string[] {
  const policies = extensionValue(certificate, OID.certificatePolicies);
  return policies instanceof pkijs.CertificatePolicies ? policies.certificatePolicies.map((policy) => policy.policyIdentifier) : [];
}

export function extendedKeyUsageOf(certificate: pkijs.Certificate): string[] {
  const usage = extensionValue(certificate, OID.extendedKeyUsage);
  return usage instanceof pkijs.ExtKeyUsage ? usage.keyPurposes : [];
}

function keyUsageByte(certificate: pkijs.Certificate): number | undefined {
  const usage = extensionValue(certificate, OID.keyUsage);
  return usage instanceof asn1js.BitString ? (usage.valueBlock.valueHexView[0] ?? 0) : undefined;
}

/**
 * Whether a certificate's key may sign acts. Key usage must allow digitalSignature or
 * nonRepudiation; then NCA RK's policies decide: a signing policy admits, an authentication
 * policy without one refuses. A certificate with neither (another qualified CA) falls back to key
 * usage and extended key usage: nonRepudiation admits, a client-authentication-only purpose refuses.
 */
export function isSigningKey(certificate: pkijs.Certificate, policies: KeyPurposePolicies): boolean {
  const usage = keyUsageByte(certificate);
  const digitalSignature = usage === undefined || (usage & 0x80) !== 0;
  const nonRepudiation = usage !== undefined && (usage & 0x40) !== 0;
  if (!digitalSignature && !nonRepudiation) return false;
  const held = policiesOf(certificate);
  if (held.some((policy) => policies.signing.includes(policy))) return true;
  if (held.some((policy) => policies.authentication.includes(policy))) return false;
  const purposes = extendedKeyUsageOf(certificate);
  if (purposes.length > 0 && purposes.every((purpose) => purpose === OID.ekuClientAuth)) return false;
  return nonRepudiation || purposes.includes(OID.ekuEmailProtection);
}

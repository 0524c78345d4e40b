import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from '../algorithms/bytes';
import { OID } from '../oids';
import { algorithmsOf, publicKeyInfoOf, SigningKey, signBytes } from './signing-key';

/** The subject of a certificate as NCA RK writes it. */
export interface SubjectSpec {
  commonName: string;
  surname?: string;
  givenName?: string;
  iin?: string;
  organization?: string;
  bin?: string;
}

export type KeyUsageFlag = 'digitalSignature' | 'nonRepudiation' | 'keyEncipherment' | 'keyCertSign' | 'cRLSign';
const KEY_USAGE_BITS: Readonly<Record<KeyUsageFlag, number>> = {
  digitalSignature: 0x80,
  nonRepudiation: 0x40,
  keyEncipherment: 0x20,
  keyCertSign: 0x04,
  cRLSign: 0x02,
};

export interface CertificateSpec {
  subject: SubjectSpec;
  subjectKey: SigningKey;
  /** Absent for a self-signed root. */
  issuer?: { certificate: pkijs.Certificate; key: SigningKey };
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
  keyUsage: KeyUsageFlag[];
  policies?: string[];
  extendedKeyUsage?: string[];
  /** RFC 3161 wants a timestamp authority's extended key usage critical (OpenSSL checks it). */
  extendedKeyUsageCritical?: boolean;
  ocspUrl?: string;
  crlUrl?: string;
}

export function distinguishedName(subject: SubjectSpec): pkijs.RelativeDistinguishedNames {
  const entries: [string, asn1js.BaseStringBlock][] = [[OID.commonName, new asn1js.Utf8String({ value: subject.commonName })]];
  if (subject.surname) entries.push([OID.surname, new asn1js.Utf8String({ value: subject.surname })]);
  if (subject.iin) entries.push([OID.serialNumber, new asn1js.PrintableString({ value: `IIN${subject.iin}` })]);
  entries.push([OID.country, new asn1js.PrintableString({ value: 'KZ' })]);
  if (subject.organization) entries.push([OID.organization, new asn1js.Utf8String({ value: subject.organization })]);
  if (subject.bin) entries.push([OID.organizationalUnit, new asn1js.PrintableString({ value: `BIN${subject.bin}` })]);
  if (subject.givenName) entries.push([OID.givenName, new asn1js.Utf8String({ value: subject.givenName })]);
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: entries.map(([type, value]) => new pkijs.AttributeTypeAndValue({ type, value })),
  });
}

function extension(extnID: string, value: { toSchema(): asn1js.AsnType } | asn1js.AsnType, critical = false): pkijs.Extension {
  const schema = 'toSchema' in value ? value.toSchema() : value;
  return new pkijs.Extension({ extnID, critical, extnValue: schema.toBER(false) });
}

function keyUsageBits(flags: KeyUsageFlag[]): asn1js.BitString {
  const byte = flags.reduce((bits, flag) => bits | KEY_USAGE_BITS[flag], 0);
  let unusedBits = 0;
  while (unusedBits < 7 && (byte & (1 << unusedBits)) === 0) unusedBits += 1;
  return new asn1js.BitString({ valueHex: new Uint8Array([byte]).buffer, unusedBits });
}

const uri = (value: string) => new pkijs.GeneralName({ type: 6, value });

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(publicKey: pkijs.PublicKeyInfo): ArrayBuffer {
  return toArrayBuffer(new Uint8Array(createHash('sha1').update(publicKey.subjectPublicKey.valueBlock.valueHexView).digest()));
}

function extensionsOf(spec: CertificateSpec, publicKey: pkijs.PublicKeyInfo): pkijs.Extension[] {
  const issuerKey = spec.issuer ? spec.issuer.certificate.subjectPublicKeyInfo : publicKey;
  const extensions = [
    extension(OID.basicConstraints, new pkijs.BasicConstraints({ cA: spec.ca }), true),
    extension(OID.keyUsage, keyUsageBits(spec.keyUsage), true),
    extension(OID.subjectKeyIdentifier, new asn1js.OctetString({ valueHex: keyIdentifier(publicKey) })),
    extension(
      OID.authorityKeyIdentifier,
      new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: keyIdentifier(issuerKey) }) }),
    ),
  ];
  if (spec.policies?.length) {
    const policies = spec.policies.map((policyIdentifier) => new pkijs.PolicyInformation({ policyIdentifier }));
    extensions.push(extension(OID.certificatePolicies, new pkijs.CertificatePolicies({ certificatePolicies: policies })));
  }
  if (spec.extendedKeyUsage?.length) {
    const usage = new pkijs.ExtKeyUsage({ keyPurposes: spec.extendedKeyUsage });
    extensions.push(extension(OID.extendedKeyUsage, usage, spec.extendedKeyUsageCritical ?? false));
  }
  if (spec.ocspUrl) {
    const ocsp = new pkijs.AccessDescription({ accessMethod: OID.accessOcsp, accessLocation: uri(spec.ocspUrl) });
    extensions.push(extension(OID.authorityInfoAccess, new pkijs.InfoAccess({ accessDescriptions: [ocsp] })));
  }
  if (spec.crlUrl) {
    const point = new pkijs.DistributionPoint({ distributionPoint: [uri(spec.crlUrl)] });
    extensions.push(extension(OID.crlDistributionPoints, new pkijs.CRLDistributionPoints({ distributionPoints: [point] })));
  }
  return extensions;
}

/** Issues a certificate (self-signed when no issuer is given) and returns it re-read from its DER. */
export function issueCertificate(spec: CertificateSpec): pkijs.Certificate {
  const signer = spec.issuer?.key ?? spec.subjectKey;
  const { signature } = algorithmsOf(signer);
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  // Positive and minimally encoded: the top bit clear (else negative) and the first byte not zero.
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x3f) | 0x40;
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serial) });
  certificate.subject = distinguishedName(spec.subject);
  certificate.issuer = spec.issuer ? spec.issuer.certificate.subject : certificate.subject;
  certificate.notBefore.value = spec.notBefore;
  certificate.notAfter.value = spec.notAfter;
  certificate.subjectPublicKeyInfo = publicKeyInfoOf(spec.subjectKey);
  certificate.extensions = extensionsOf(spec, certificate.subjectPublicKeyInfo);
  certificate.signature = signature;
  certificate.signatureAlgorithm = signature;
  const tbs = new Uint8Array(certificate.encodeTBS().toBER(false));
  certificate.tbsView = tbs;
  certificate.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signBytes(signer, tbs)) });
  return pkijs.Certificate.fromBER(certificate.toSchema().toBER(false));
}

import { issueCertificate } from '../dev/certificate-builder';
import { generateSigningKey } from '../dev/signing-key';
import { createRootAuthority, NCA_POLICIES } from '../dev/test-pki';
import { OID } from '../oids';
import { identityOf, isSigningKey } from './certificate-profile';

const NOW = new Date('2026-12-05T09:00:00Z');
const root = createRootAuthority('Root', 'rsa', NOW);
const key = generateSigningKey('rsa');
const policies = { signing: [NCA_POLICIES.signing], authentication: [NCA_POLICIES.authentication] };

function certificate(options: {
  keyUsage: ('digitalSignature' | 'nonRepudiation' | 'keyEncipherment')[];
  policies?: string[];
  eku?: string[];
}) {
  return issueCertificate({
    subject: { commonName: 'ИВАНОВ ИВАН', iin: '880101300123', organization: 'ТОО «Тест»', bin: '940140000385' },
    subjectKey: key,
    issuer: root,
    notBefore: NOW,
    notAfter: new Date(NOW.getTime() + 86_400_000),
    ca: false,
    keyUsage: options.keyUsage,
    policies: options.policies,
    extendedKeyUsage: options.eku,
  });
}

describe('telling a signing key from an authentication key', () => {
  it.each([
    ['NCA signing policy', { keyUsage: ['digitalSignature', 'nonRepudiation'], policies: [NCA_POLICIES.signing] }, true],
    ['NCA authentication policy', { keyUsage: ['digitalSignature', 'keyEncipherment'], policies: [NCA_POLICIES.authentication] }, false],
    [
      'signing policy beside the authentication one',
      { keyUsage: ['digitalSignature'], policies: [NCA_POLICIES.authentication, NCA_POLICIES.signing] },
      true,
    ],
    ['key encipherment only, even under the signing policy', { keyUsage: ['keyEncipherment'], policies: [NCA_POLICIES.signing] }, false],
    ['no NCA policy, non-repudiation', { keyUsage: ['nonRepudiation'] }, true],
    ['no NCA policy, client authentication only', { keyUsage: ['digitalSignature', 'nonRepudiation'], eku: [OID.ekuClientAuth] }, false],
    ['no NCA policy, digital signature for e-mail protection', { keyUsage: ['digitalSignature'], eku: [OID.ekuEmailProtection] }, true],
    ['no NCA policy, digital signature alone', { keyUsage: ['digitalSignature'] }, false],
  ] as const)('%s', (_name, options, signing) => {
    expect(isSigningKey(certificate({ ...options, keyUsage: [...options.keyUsage] } as Parameters<typeof certificate>[0]), policies)).toBe(
      signing,
    );
  });
});

describe('reading who a certificate names', () => {
  it('takes the IIN from SERIALNUMBER and the BIN from OU, as NCA RK writes them', () => {
    expect(identityOf(certificate({ keyUsage: ['nonRepudiation'] }))).toEqual({
      iin: '880101300123',
      bin: '940140000385',
      commonName: 'ИВАНОВ ИВАН',
      surname: undefined,
      givenName: undefined,
      organization: 'ТОО «Тест»',
    });
  });

  it('names no IIN or BIN that is not IIN/BIN followed by twelve digits', () => {
    const odd = issueCertificate({
      subject: { commonName: 'Service', iin: '12345' },
      subjectKey: key,
      issuer: root,
      notBefore: NOW,
      notAfter: NOW,
      ca: false,
      keyUsage: ['nonRepudiation'],
    });
    expect(identityOf(odd)).toMatchObject({ iin: undefined, bin: undefined, commonName: 'Service' });
  });
});

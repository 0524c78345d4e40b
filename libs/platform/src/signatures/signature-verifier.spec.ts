import { signCms, issueTimestampToken } from './dev/cms-signer';
import {
  createIntermediateAuthority,
  createRootAuthority,
  issueServiceCertificate,
  issueSigner,
  NCA_POLICIES,
  PkiEntity,
  SignerSpec,
} from './dev/test-pki';
import { SignatureError } from './signature-errors';
import { SignatureVerifierSettings, verifySignatureOffline } from './signature-verifier';

const NOW = new Date('2026-12-05T09:00:00Z');
const DAY = 86_400_000;
const content = new TextEncoder().encode('{"act":"decision","number":"2026-17"}');
const person = (kind: SignerSpec['kind'], purpose: SignerSpec['purpose'] = 'signing'): SignerSpec => ({
  subject: {
    commonName: 'САДЫКОВА АЙГЕРИМ',
    surname: 'САДЫКОВА',
    givenName: 'БОЛАТОВНА',
    iin: '870412400155',
    organization: 'Министерство цифрового развития',
    bin: '940140000385',
  },
  kind,
  purpose,
});

const root = createRootAuthority('Test Root', 'rsa', NOW);
const intermediate = createIntermediateAuthority(root, 'Test Intermediate', 'rsa', NOW);
const settings: SignatureVerifierSettings = {
  trustedRoots: [root.certificate],
  keyPurposes: { signing: [NCA_POLICIES.signing], authentication: [NCA_POLICIES.authentication] },
  revocationTimeoutMs: 1_000,
};
const sign = (signer: PkiEntity, bytes = content, signingTime = NOW) =>
  signCms(bytes, signer, { intermediates: [intermediate.certificate], signingTime });

function refusal(attempt: () => unknown): string {
  try {
    attempt();
  } catch (error) {
    if (error instanceof SignatureError) return error.signatureCode;
    throw error;
  }
  throw new Error('the signature was accepted');
}

describe('verifying a detached CMS without asking the CA', () => {
  const rsaSigner = issueSigner(intermediate, person('rsa'), NOW);

  it('accepts an RSA signature over exactly these bytes and names the signer', () => {
    const result = verifySignatureOffline(
      { cms: Buffer.from(sign(rsaSigner)).toString('base64'), content, expectedIin: '870412400155', expectedBin: '940140000385' },
      settings,
      NOW,
    );
    expect(result.signer).toMatchObject({
      iin: '870412400155',
      bin: '940140000385',
      commonName: 'САДЫКОВА АЙГЕРИМ',
      organization: 'Министерство цифрового развития',
    });
    expect(result.algorithm).toBe('RSA-SHA256');
    expect(result.signingTime).toEqual(new Date(Math.floor(NOW.getTime() / 1000) * 1000));
    expect(result.signingTimeSource).toBe('signing-time-attribute');
    expect(result.chain).toHaveLength(3);
    expect(result.cmsDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.certificate.pem).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it.each(['gost256', 'gost512'] as const)('accepts a %s signature under the RSA hierarchy', (kind) => {
    const signer = issueSigner(intermediate, person(kind), NOW);
    const result = verifySignatureOffline({ cms: sign(signer), content }, settings, NOW);
    expect(result.algorithm).toBe(kind === 'gost256' ? 'GOST34.10-2015-256' : 'GOST34.10-2015-512');
  });

  it('accepts a signature whose whole chain is GOST', () => {
    const gostRoot = createRootAuthority('GOST Root', 'gost512', NOW);
    const gostIntermediate = createIntermediateAuthority(gostRoot, 'GOST Intermediate', 'gost256', NOW);
    const signer = issueSigner(gostIntermediate, person('gost256'), NOW);
    const cms = signCms(content, signer, { intermediates: [gostIntermediate.certificate], signingTime: NOW });
    const result = verifySignatureOffline({ cms, content }, { ...settings, trustedRoots: [gostRoot.certificate] }, NOW);
    expect(result.chain.map((certificate) => certificate.subject.typesAndValues[0]!.value.valueBlock.value)).toEqual([
      'САДЫКОВА АЙГЕРИМ',
      'GOST Intermediate',
      'GOST Root',
    ]);
  });

  it('refuses other bytes than those signed, one byte changed', () => {
    const tampered = Uint8Array.from(content, (byte, index) => (index === 5 ? byte ^ 1 : byte));
    expect(refusal(() => verifySignatureOffline({ cms: sign(rsaSigner), content: tampered }, settings, NOW))).toBe(
      'SIGNATURE_CONTENT_MISMATCH',
    );
  });

  it('refuses a signature value that was altered', () => {
    const cms = sign(rsaSigner);
    cms[cms.length - 10] ^= 1;
    expect(refusal(() => verifySignatureOffline({ cms, content }, settings, NOW))).toBe('SIGNATURE_CONTENT_MISMATCH');
  });

  it('refuses another person or another organisation than expected', () => {
    expect(refusal(() => verifySignatureOffline({ cms: sign(rsaSigner), content, expectedIin: '880101300123' }, settings, NOW))).toBe(
      'SIGNATURE_IIN_MISMATCH',
    );
    expect(refusal(() => verifySignatureOffline({ cms: sign(rsaSigner), content, expectedBin: '000740001307' }, settings, NOW))).toBe(
      'SIGNATURE_BIN_MISMATCH',
    );
  });

  it('refuses a certificate that had expired when it signed', () => {
    const expired = issueSigner(
      intermediate,
      { ...person('rsa'), notBefore: new Date(NOW.getTime() - 400 * DAY), notAfter: new Date(NOW.getTime() - DAY) },
      NOW,
    );
    expect(refusal(() => verifySignatureOffline({ cms: sign(expired), content }, settings, NOW))).toBe(
      'SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME',
    );
  });

  it('refuses a chain to a root the operator does not trust', () => {
    const otherRoot = createRootAuthority('Test Root', 'rsa', NOW);
    expect(
      refusal(() => verifySignatureOffline({ cms: sign(rsaSigner), content }, { ...settings, trustedRoots: [otherRoot.certificate] }, NOW)),
    ).toBe('SIGNATURE_CHAIN_UNTRUSTED');
  });

  it('refuses an authentication key', () => {
    const auth = issueSigner(intermediate, person('rsa', 'authentication'), NOW);
    expect(refusal(() => verifySignatureOffline({ cms: sign(auth), content }, settings, NOW))).toBe('SIGNATURE_AUTHENTICATION_KEY');
  });

  it('refuses everything when no root is configured, and what is not a CMS', () => {
    expect(refusal(() => verifySignatureOffline({ cms: sign(rsaSigner), content }, { ...settings, trustedRoots: [] }, NOW))).toBe(
      'SIGNATURE_TRUST_NOT_CONFIGURED',
    );
    expect(refusal(() => verifySignatureOffline({ cms: 'not base64!', content }, settings, NOW))).toBe('SIGNATURE_MALFORMED');
    expect(refusal(() => verifySignatureOffline({ cms: Buffer.from('hello').toString('base64'), content }, settings, NOW))).toBe(
      'SIGNATURE_MALFORMED',
    );
  });
});

describe('a timestamp token as the signing time', () => {
  const tsa = issueServiceCertificate(intermediate, 'Test TSA', 'timestamping', NOW);
  const signer = issueSigner(intermediate, person('rsa'), NOW);
  const stampedAt = new Date('2026-11-20T10:00:00Z');

  it('takes the time from a token over this signature value', () => {
    const cms = signCms(content, signer, {
      intermediates: [intermediate.certificate],
      timestamp: (value) => issueTimestampToken(tsa, value, stampedAt, [intermediate.certificate]),
    });
    const result = verifySignatureOffline({ cms, content }, settings, NOW);
    expect(result.signingTime).toEqual(stampedAt);
    expect(result.signingTimeSource).toBe('timestamp');
  });

  it('refuses a token issued over another signature', () => {
    const cms = signCms(content, signer, {
      intermediates: [intermediate.certificate],
      timestamp: () => issueTimestampToken(tsa, new Uint8Array([1, 2, 3]), stampedAt, [intermediate.certificate]),
    });
    expect(refusal(() => verifySignatureOffline({ cms, content }, settings, NOW))).toBe('SIGNATURE_TIMESTAMP_INVALID');
  });

  it('refuses a token from a certificate not meant for timestamping', () => {
    const cms = signCms(content, signer, {
      intermediates: [intermediate.certificate],
      timestamp: (value) => issueTimestampToken(signer, value, stampedAt, [intermediate.certificate]),
    });
    expect(refusal(() => verifySignatureOffline({ cms, content }, settings, NOW))).toBe('SIGNATURE_TIMESTAMP_INVALID');
  });
});

import {
  createRootAuthority,
  createIntermediateAuthority,
  issueSigner,
  signCms,
  SignatureError,
  SignedAct,
  verifySignature,
} from '@qaztech/platform';
import { PERSON, TestCertificationAuthority } from '../support/signature-ca';

const content = new TextEncoder().encode('{"act":"submission","request":"QT-2026-000017","version":3}');

/** Each way a signed act can be wrong is refused with its own code, through the whole verification. */
describe('signatures: refusals, each with its code', () => {
  let ca: TestCertificationAuthority;

  beforeAll(async () => {
    ca = new TestCertificationAuthority();
    await ca.start();
  });

  afterAll(async () => {
    await ca.stop();
  });

  const act = (signer: keyof TestCertificationAuthority['signers'], overrides: Partial<SignedAct> = {}): SignedAct => ({
    cms: Buffer.from(signCms(content, ca.signers[signer], { intermediates: [ca.intermediate.certificate] })).toString('base64'),
    content,
    ...overrides,
  });

  async function codeOf(signed: SignedAct): Promise<string> {
    try {
      await verifySignature(signed, ca.settings(), new Date());
    } catch (error) {
      if (error instanceof SignatureError) return error.signatureCode;
      throw error;
    }
    return 'ACCEPTED';
  }

  it('accepts the act as signed, for the expected person and organisation', async () => {
    expect(await codeOf(act('rsa', { expectedIin: PERSON.iin, expectedBin: PERSON.bin }))).toBe('ACCEPTED');
  });

  it.each([
    [
      'tampered bytes',
      () => act('rsa', { content: new TextEncoder().encode('{"act":"submission","request":"QT-2026-000017","version":4}') }),
      'SIGNATURE_CONTENT_MISMATCH',
    ],
    ['another BIN', () => act('rsa', { expectedBin: '000740001307' }), 'SIGNATURE_BIN_MISMATCH'],
    ['another IIN', () => act('rsa', { expectedIin: '880101300123' }), 'SIGNATURE_IIN_MISMATCH'],
    ['an expired certificate', () => act('expired'), 'SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME'],
    ['a revoked certificate', () => act('revoked'), 'SIGNATURE_CERTIFICATE_REVOKED'],
    ['an authentication key', () => act('authentication'), 'SIGNATURE_AUTHENTICATION_KEY'],
    ['an unreachable OCSP responder and no CRL', () => act('ocspDown'), 'SIGNATURE_REVOCATION_UNAVAILABLE'],
  ])('refuses %s', async (_name, signed, code) => {
    expect(await codeOf(signed())).toBe(code);
  });

  it('refuses a certificate from a CA the operator does not trust, even with a look-alike root', async () => {
    const foreignRoot = createRootAuthority('QazTech Test Root', 'rsa', ca.now);
    const foreignIntermediate = createIntermediateAuthority(foreignRoot, 'QazTech Test Intermediate', 'rsa', ca.now);
    const signer = issueSigner(foreignIntermediate, { subject: PERSON, kind: 'rsa', purpose: 'signing' }, ca.now, { ocspUrl: ca.ocspUrl });
    const cms = signCms(content, signer, { intermediates: [foreignIntermediate.certificate, foreignRoot.certificate] });
    expect(await codeOf({ cms, content })).toBe('SIGNATURE_CHAIN_UNTRUSTED');
  });
});

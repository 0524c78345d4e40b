import { AddressInfo, createServer, Socket } from 'node:net';
import { SIGNATURE_ERRORS, signCms, SignatureError, SignatureVerifierSettings, verifySignature } from '@qaztech/platform';
import { TestCertificationAuthority } from '../support/signature-ca';

const content = new TextEncoder().encode('{"act":"opinion","request":"QT-2026-000017"}');

async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof SignatureError) return error.signatureCode;
    throw error;
  }
  throw new Error('the signature was accepted');
}

describe('signatures: revocation asked of a real OCSP responder, a CRL when it cannot answer', () => {
  let ca: TestCertificationAuthority;
  let settings: SignatureVerifierSettings;

  beforeAll(async () => {
    ca = new TestCertificationAuthority();
    await ca.start();
    settings = ca.settings();
  });

  afterAll(async () => {
    await ca.stop();
  });

  const signedBy = (name: keyof TestCertificationAuthority['signers']) => ({
    cms: Buffer.from(signCms(content, ca.signers[name], { intermediates: [ca.intermediate.certificate] })).toString('base64'),
    content,
  });

  it.each(['rsa', 'gost256', 'gost512'] as const)('accepts a good %s certificate and keeps the OCSP answer', async (kind) => {
    const result = await verifySignature(signedBy(kind), settings, new Date());
    expect(result.revocation).toMatchObject({ source: 'ocsp', status: 'good', url: ca.ocspUrl });
    // The answer is the responder's own DER: an OCSPResponse SEQUENCE, kept for later proof.
    expect(result.revocation.response[0]).toBe(0x30);
    expect(result.signer.iin).toBe('870412400155');
  });

  it('refuses a certificate the responder says is revoked', async () => {
    expect(await refusal(verifySignature(signedBy('revoked'), settings, new Date()))).toBe('SIGNATURE_CERTIFICATE_REVOKED');
  });

  it('refuses a certificate the responder does not know', async () => {
    expect(await refusal(verifySignature(signedBy('unknownToCa'), settings, new Date()))).toBe('SIGNATURE_REVOCATION_STATUS_UNKNOWN');
  });

  it('falls back to the CRL when the responder is unreachable, and finds a revocation there', async () => {
    expect(await refusal(verifySignature(signedBy('crlOnlyRevoked'), settings, new Date()))).toBe('SIGNATURE_CERTIFICATE_REVOKED');
  });

  it('asks the operator-configured responder instead of the one in the certificate', async () => {
    const result = await verifySignature(signedBy('ocspDown'), { ...settings, ocspUrl: ca.ocspUrl }, new Date());
    expect(result.revocation).toMatchObject({ source: 'ocsp', status: 'good', url: ca.ocspUrl });
  });

  it('does not believe a "good" signed by a responder the CA did not delegate to, and takes the CRL instead', async () => {
    const rogue = await ca.startRogueResponder();
    const result = await verifySignature(signedBy('rsa'), { ...settings, ocspUrl: rogue }, new Date());
    expect(result.revocation).toMatchObject({ source: 'crl', status: 'good', url: ca.crlUrl });
    expect(await refusal(verifySignature(signedBy('revoked'), { ...settings, ocspUrl: rogue }, new Date()))).toBe(
      'SIGNATURE_CERTIFICATE_REVOKED',
    );
  });

  it('gives up on a responder that accepts the connection and never answers, within the timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const ocspUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      const result = await verifySignature(signedBy('rsa'), { ...settings, ocspUrl, revocationTimeoutMs: 300 }, new Date());
      expect(result.revocation).toMatchObject({ source: 'crl', status: 'good' });
      expect(sockets).toHaveLength(1);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('is a 503-class refusal when no responder answers and no CRL is named', async () => {
    const code = await refusal(verifySignature(signedBy('ocspDown'), settings, new Date()));
    expect(code).toBe('SIGNATURE_REVOCATION_UNAVAILABLE');
    expect(SIGNATURE_ERRORS.find((error) => error.code === code)?.httpStatus).toBe(503);
  });
});

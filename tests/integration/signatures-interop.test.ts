import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { signCms, verifySignature } from '@qaztech/platform';
import { TestCertificationAuthority } from '../support/signature-ca';

/** OpenSSL signs what we verify and verifies what we sign: both sides read RFC 5652 the same way. */
describe('signatures: interoperability with openssl cms', () => {
  let ca: TestCertificationAuthority;
  const content = Buffer.from('{"act":"decision","number":"QT-2026-000017","outcome":"granted"}');

  beforeAll(async () => {
    ca = new TestCertificationAuthority();
    await ca.start();
    writeFileSync(ca.path('content.json'), content);
  });

  afterAll(async () => {
    await ca.stop();
  });

  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });

  it('verifies a detached CMS that openssl cms -sign produced with an RSA key', async () => {
    openssl(
      'cms',
      '-sign',
      '-binary',
      '-outform',
      'DER',
      '-md',
      'sha256',
      '-in',
      ca.path('content.json'),
      '-signer',
      ca.path('signer.pem'),
      '-inkey',
      ca.path('signer.key'),
      '-certfile',
      ca.path('intermediate.pem'),
      '-out',
      ca.path('openssl.cms'),
    );
    const result = await verifySignature(
      { cms: readFileSync(ca.path('openssl.cms')), content, expectedIin: '870412400155' },
      ca.settings(),
      new Date(),
    );
    expect(result.algorithm).toBe('RSA-SHA256');
    expect(result.revocation.status).toBe('good');
  });

  it('finds the signer by subject key identifier when openssl cms -sign -keyid names it so', async () => {
    openssl(
      'cms',
      '-sign',
      '-binary',
      '-keyid',
      '-outform',
      'DER',
      '-md',
      'sha256',
      '-in',
      ca.path('content.json'),
      '-signer',
      ca.path('signer.pem'),
      '-inkey',
      ca.path('signer.key'),
      '-certfile',
      ca.path('intermediate.pem'),
      '-out',
      ca.path('openssl-keyid.cms'),
    );
    const result = await verifySignature({ cms: readFileSync(ca.path('openssl-keyid.cms')), content }, ca.settings(), new Date());
    expect(result.signer.iin).toBe('870412400155');
  });

  it('refuses that CMS over other bytes, as openssl does', async () => {
    const other = Buffer.from(content.toString().replace('granted', 'refused'));
    await expect(
      verifySignature({ cms: readFileSync(ca.path('openssl.cms')), content: other }, ca.settings(), new Date()),
    ).rejects.toMatchObject({
      signatureCode: 'SIGNATURE_CONTENT_MISMATCH',
    });
  });

  it('produces a CMS that openssl cms -verify accepts against the root, and refuses over other bytes', () => {
    writeFileSync(ca.path('ours.cms'), signCms(content, ca.signers.rsa, { intermediates: [ca.intermediate.certificate] }));
    const verify = (file: string) =>
      openssl(
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        ca.path('ours.cms'),
        '-content',
        file,
        '-CAfile',
        ca.path('root.pem'),
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      );
    expect(() => verify(ca.path('content.json'))).not.toThrow();
    writeFileSync(ca.path('other.json'), Buffer.concat([content, Buffer.from(' ')]));
    expect(() => verify(ca.path('other.json'))).toThrow(/Verification failure|digest failure/);
  });

  it('takes the signing time from a timestamp token that openssl ts -reply issued over the signature', async () => {
    writeFileSync(
      ca.path('ts.cnf'),
      [
        '[ tsa ]',
        'default_tsa = test_tsa',
        '[ test_tsa ]',
        `serial = ${ca.path('tsa-serial')}`,
        `signer_cert = ${ca.path('tsa.pem')}`,
        `certs = ${ca.path('intermediate.pem')}`,
        `signer_key = ${ca.path('tsa.key')}`,
        'signer_digest = sha256',
        'default_policy = 2.999.3161.1',
        'digests = sha256',
        'ess_cert_id_alg = sha256',
      ].join('\n'),
    );
    writeFileSync(ca.path('tsa-serial'), '01\n');
    const timestamp = (signatureValue: Uint8Array) => {
      writeFileSync(ca.path('signature.bin'), signatureValue);
      openssl('ts', '-query', '-data', ca.path('signature.bin'), '-sha256', '-cert', '-out', ca.path('request.tsq'));
      openssl(
        'ts',
        '-reply',
        '-config',
        ca.path('ts.cnf'),
        '-queryfile',
        ca.path('request.tsq'),
        '-token_out',
        '-out',
        ca.path('token.der'),
      );
      return new Uint8Array(readFileSync(ca.path('token.der')));
    };
    const before = new Date(Math.floor(Date.now() / 1000) * 1000);
    const cms = signCms(content, ca.signers.rsa, { intermediates: [ca.intermediate.certificate], timestamp });
    const result = await verifySignature({ cms, content }, ca.settings(), new Date());
    expect(result.signingTimeSource).toBe('timestamp');
    expect(result.signingTime.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });
});

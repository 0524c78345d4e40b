import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { signCms, streebog, verifySignature, verifySignatureOffline } from '@qaztech/platform';
import { PERSON, TestCertificationAuthority } from '../support/signature-ca';

/**
 * GOST both ways with OpenSSL's reference GOST engine (Debian's libengine-gost-openssl): an
 * implementation independent of the one the verifier uses, on the same standards.
 */
describe('signatures: GOST 34.10-2015 interoperability with openssl and its GOST engine', () => {
  let ca: TestCertificationAuthority;
  const content = Buffer.from('{"act":"minutes","meeting":"2026-12-03"}');

  beforeAll(async () => {
    ca = new TestCertificationAuthority();
    await ca.start();
    writeFileSync(ca.path('content.json'), content);
  });

  afterAll(async () => {
    await ca.stop();
  });

  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

  it.each([256, 512] as const)('computes Streebog-%i as the engine does', (size) => {
    const ours = Buffer.from(streebog(content, size)).toString('hex');
    expect(openssl('dgst', '-engine', 'gost', `-md_gost12_${size}`, ca.path('content.json'))).toContain(`= ${ours}`);
  });

  it.each(['gost256', 'gost512'] as const)('produces a %s CMS that openssl cms -verify -engine gost accepts', (kind) => {
    writeFileSync(ca.path(`${kind}.cms`), signCms(content, ca.signers[kind], { intermediates: [ca.intermediate.certificate] }));
    const verify = (file: string) =>
      openssl(
        'cms',
        '-verify',
        '-engine',
        'gost',
        '-binary',
        '-inform',
        'DER',
        '-in',
        ca.path(`${kind}.cms`),
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
    writeFileSync(ca.path('other.json'), Buffer.concat([content, Buffer.from('\n')]));
    expect(() => verify(ca.path('other.json'))).toThrow();
  });

  it.each([
    ['gost2012_256', 'B', 'GOST34.10-2015-256', 'md_gost12_256'],
    ['gost2012_512', 'A', 'GOST34.10-2015-512', 'md_gost12_512'],
  ])('verifies a CMS that openssl cms -sign made with a %s key', async (algorithm, paramset, expected, digest) => {
    const key = ca.path(`${algorithm}.key`);
    openssl('genpkey', '-engine', 'gost', '-algorithm', algorithm, '-pkeyopt', `paramset:${paramset}`, '-out', key);
    const subject = `/CN=${PERSON.commonName}/serialNumber=IIN${PERSON.iin}/C=KZ/O=${PERSON.organization}/OU=BIN${PERSON.bin}`;
    openssl('req', '-engine', 'gost', '-new', '-utf8', '-key', key, '-subj', subject, '-out', ca.path(`${algorithm}.csr`));
    writeFileSync(
      ca.path('signer.ext'),
      'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\ncertificatePolicies=1.2.398.3.3.2.1\n',
    );
    openssl(
      'x509',
      '-engine',
      'gost',
      '-req',
      '-in',
      ca.path(`${algorithm}.csr`),
      '-CA',
      ca.path('intermediate.pem'),
      '-CAkey',
      ca.path('intermediate.key'),
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      ca.path('signer.ext'),
      '-out',
      ca.path(`${algorithm}.pem`),
    );
    openssl(
      'cms',
      '-sign',
      '-engine',
      'gost',
      '-binary',
      '-md',
      digest,
      '-in',
      ca.path('content.json'),
      '-signer',
      ca.path(`${algorithm}.pem`),
      '-inkey',
      key,
      '-certfile',
      ca.path('intermediate.pem'),
      '-outform',
      'DER',
      '-out',
      ca.path(`${algorithm}.cms`),
    );
    const cms = readFileSync(ca.path(`${algorithm}.cms`));
    const result = verifySignatureOffline({ cms, content, expectedIin: PERSON.iin, expectedBin: PERSON.bin }, ca.settings(), new Date());
    expect(result.algorithm).toBe(expected);
    await expect(verifySignature({ cms, content: Buffer.from('other') }, ca.settings(), new Date())).rejects.toMatchObject({
      signatureCode: 'SIGNATURE_CONTENT_MISMATCH',
    });
  });
});

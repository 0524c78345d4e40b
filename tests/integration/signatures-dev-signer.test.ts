import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadPlatformConfig,
  loadTrustedRoots,
  ManualClock,
  NCA_POLICIES,
  SignatureVerifierService,
  verifySignature,
} from '@qaztech/platform';
import { runSign, UsageError } from '../../tools/sign-command';

/**
 * The development signer (npm run sign) creates its PKI on first use and signs so that both the
 * verifier (with OpenSSL's responder over the PKI's index, as its help says) and openssl cms
 * accept the result.
 */
describe('signatures: the development signer', () => {
  const pki = mkdtempSync(join(tmpdir(), 'qaztech-dev-pki-'));
  const content = Buffer.from('{"act":"decision","number":"QT-2026-000017"}');
  let responder: ChildProcess | undefined;
  const signatures: Record<'chairFromBase64' | 'chairFromFile' | 'signatoryGost', string> = {
    chairFromBase64: '',
    chairFromFile: '',
    signatoryGost: '',
  };

  // Signed before OpenSSL's responder starts: it reads the index of issued certificates when it starts.
  beforeAll(async () => {
    signatures.chairFromBase64 = sign('--as', 'commission.chair', '--base64', content.toString('base64'));
    signatures.chairFromFile = sign('--as', 'commission.chair', '--file', writeContent());
    signatures.signatoryGost = sign(
      '--as',
      'agency.signatory',
      '--algorithm',
      'gost256',
      '--iin',
      '880101300123',
      '--bin',
      '940140000385',
      '--file',
      writeContent(),
    );
    await startResponder();
  });

  afterAll(async () => {
    const child = responder;
    if (child && child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
    rmSync(pki, { recursive: true, force: true });
  });

  const sign = (...args: string[]) => runSign(['--pki', pki, ...args], { NODE_ENV: 'development' }).trim();

  async function startResponder(): Promise<void> {
    const args = ['ocsp', '-index', join(pki, 'index.txt'), '-port', '2560', '-CA', join(pki, 'intermediate.pem')];
    args.push('-rsigner', join(pki, 'ocsp.pem'), '-rkey', join(pki, 'ocsp.key'), '-ignore_err');
    const child = spawn('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    responder = child;
    await new Promise<void>((resolve, reject) => {
      let said = '';
      const listen = (chunk: Buffer) => {
        said += chunk.toString();
        if (said.includes('waiting for OCSP client connections')) resolve();
      };
      child.stdout!.on('data', listen);
      child.stderr!.on('data', listen);
      child.once('exit', (code) => reject(new Error(`openssl ocsp exited (${code}): ${said}`)));
    });
  }

  it('signs as the chair, with the chair’s IIN and the Commission’s BIN, verified end to end', async () => {
    const settings = {
      trustedRoots: loadTrustedRoots(join(pki, 'trusted-roots.pem')),
      keyPurposes: { signing: [NCA_POLICIES.signing], authentication: [NCA_POLICIES.authentication] },
      revocationTimeoutMs: 3_000,
    };
    const [one, two] = await Promise.all(
      [signatures.chairFromBase64, signatures.chairFromFile].map((cms) =>
        verifySignature({ cms, content, expectedIin: '750305400027', expectedBin: '000740001307' }, settings, new Date()),
      ),
    );
    expect(one!.revocation).toMatchObject({ source: 'ocsp', status: 'good' });
    // The certificate is issued once per person and kept: both signatures carry the same one.
    expect(two!.certificate.serialNumber).toBe(one!.certificate.serialNumber);
  });

  it('signs with a GOST key for a given IIN and BIN', async () => {
    const cms = signatures.signatoryGost;
    const settings = {
      trustedRoots: loadTrustedRoots(join(pki, 'trusted-roots.pem')),
      keyPurposes: { signing: [NCA_POLICIES.signing], authentication: [] },
      revocationTimeoutMs: 3_000,
    };
    const result = await verifySignature({ cms, content, expectedIin: '880101300123', expectedBin: '940140000385' }, settings, new Date());
    expect(result.algorithm).toBe('GOST34.10-2015-256');
  });

  it('is what contexts inject: the operator’s bundle, read on first use, and the platform’s clock', async () => {
    const clock = new ManualClock(new Date());
    const service = new SignatureVerifierService(loadPlatformConfig({ SIGNATURE_TRUSTED_ROOTS: join(pki, 'trusted-roots.pem') }), clock);
    expect(service.required).toBe(false);
    expect((await service.verify({ cms: signatures.chairFromFile, content })).revocation.status).toBe('good');
    // A clock an hour behind the signer's: the signing time lies in the verifier's future.
    clock.advance(-3_600_000);
    expect(() => service.verifyOffline({ cms: signatures.chairFromFile, content })).toThrow(
      /SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME/,
    );
    const unconfigured = new SignatureVerifierService(loadPlatformConfig({ SIGNATURE_TRUSTED_ROOTS: join(pki, 'missing.pem') }), clock);
    await expect(unconfigured.verify({ cms: signatures.chairFromFile, content })).rejects.toMatchObject({
      signatureCode: 'SIGNATURE_TRUST_NOT_CONFIGURED',
    });
  });

  it('produces what openssl cms -verify accepts against the development root', () => {
    writeFileSync(join(pki, 'act.cms'), Buffer.from(sign('--as', 'expert.legal', '--file', writeContent()), 'base64'));
    const output = execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        join(pki, 'act.cms'),
        '-content',
        writeContent(),
        '-CAfile',
        join(pki, 'trusted-roots.pem'),
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(output).toBeDefined();
  });

  it('refuses a bad invocation with the reason, and production altogether', () => {
    expect(() => sign('--as', 'nobody', '--file', writeContent())).toThrow(/unknown role nobody/);
    expect(() => sign('--as', 'commission.chair')).toThrow(UsageError);
    expect(() => sign('--as', 'commission.chair', '--iin', '123456789012', '--file', writeContent())).toThrow(/not a valid IIN/);
    expect(() =>
      runSign(['--as', 'commission.chair', '--file', writeContent()], { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp/jwks' }),
    ).toThrow(/refused in production/);
    expect(runSign(['--help'])).toMatch(/^Sign bytes as NCALayer would/);
  });

  function writeContent(): string {
    const file = join(pki, 'content.json');
    writeFileSync(file, content);
    return file;
  }
});

import { ChildProcess, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadOrCreateDevSigner, parseTrustedRoots, signAsDev } from '@qaztech/platform';

/** Who signs in the demo: the agency's signatory for its BIN; the Commission's people for theirs. */
export type SigningRole =
  'agency.signatory' | 'expert.technical' | 'expert.security' | 'expert.legal' | 'commission.secretary' | 'commission.chair';
const COMMISSION_ROLES: readonly SigningRole[] = [
  'expert.technical',
  'expert.security',
  'expert.legal',
  'commission.secretary',
  'commission.chair',
];

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Signs every act as NCALayer would, with the development PKI the system trusts, and answers for
 * its certificates with a real `openssl ocsp` responder (started once every certificate the demo
 * needs is issued: the responder reads the CA's index when it starts).
 */
export class DemoSigner {
  private responder: ChildProcess | undefined;

  constructor(
    private readonly pkiDir: string,
    private readonly agencyBin: string,
  ) {}

  /** Issues the demo's certificates and starts the responder on `port`, unless one already listens there. */
  async start(port: number): Promise<'started' | 'already running'> {
    loadOrCreateDevSigner(this.pkiDir, { role: 'agency.signatory', kind: 'rsa', bin: this.agencyBin });
    for (const role of COMMISSION_ROLES) loadOrCreateDevSigner(this.pkiDir, { role, kind: 'rsa' });
    if (await listening(port)) return 'already running';
    const file = (name: string) => join(this.pkiDir, name);
    const args = ['ocsp', '-index', file('index.txt'), '-port', String(port), '-CA', file('intermediate.pem')];
    args.push('-rsigner', file('ocsp.pem'), '-rkey', file('ocsp.key'), '-ignore_err', '-ndays', '1');
    const child = spawn('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.responder = child;
    await new Promise<void>((resolve, reject) => {
      let said = '';
      const listen = (chunk: Buffer) => {
        said += chunk.toString();
        if (said.includes('waiting for OCSP client connections')) resolve();
      };
      child.stdout!.on('data', listen);
      child.stderr!.on('data', listen);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`openssl ocsp exited (${code}): ${said}`)));
    });
    return 'started';
  }

  /** The development PKI's root, as the system trusts it: what the ledger's signatures are checked against. */
  trustedRoots(): ReturnType<typeof parseTrustedRoots> {
    return parseTrustedRoots(readFileSync(join(this.pkiDir, 'trusted-roots.pem'), 'utf8'));
  }

  async stop(): Promise<void> {
    const child = this.responder;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  /** The detached CMS, base64, over bytes given in base64, as `createCMSSignatureFromBase64` returns it. */
  sign(role: SigningRole, contentBase64: string): string {
    const bin = role === 'agency.signatory' ? this.agencyBin : undefined;
    return signAsDev(this.pkiDir, { role, kind: 'rsa', bin }, new Uint8Array(Buffer.from(contentBase64, 'base64')));
  }

  /** Signs the act's signing document, as the server handed it out: the `signature` member of the act's body. */
  async signatureFor(
    role: SigningRole,
    signingDocument: () => Promise<{ content: string; digest: string }>,
  ): Promise<{ signature: { cms: string }; digest: string }> {
    const document = await signingDocument();
    return { signature: { cms: this.sign(role, document.content) }, digest: document.digest };
  }
}

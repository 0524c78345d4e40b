import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo, createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import {
  createIntermediateAuthority,
  createRootAuthority,
  derToPem,
  issueCrl,
  issueServiceCertificate,
  issueSigner,
  NCA_POLICIES,
  PkiEntity,
  SignatureVerifierSettings,
  SignerSpec,
} from '@qaztech/platform';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const pem = (certificate: pkijs.Certificate) => derToPem(new Uint8Array(certificate.toSchema().toBER(false)), 'CERTIFICATE');
const serialHex = (certificate: pkijs.Certificate) =>
  Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
/** OpenSSL's index dates: YYMMDDHHMMSSZ. */
const indexDate = (date: Date) => date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';

export const PERSON: SignerSpec['subject'] = {
  commonName: 'САДЫКОВА АЙГЕРИМ',
  surname: 'САДЫКОВА',
  givenName: 'БОЛАТОВНА',
  iin: '870412400155',
  organization: 'Министерство цифрового развития',
  bin: '940140000385',
};

/** A member of the Commission's staff, as the certificates of the Commission's acts name them. */
export const COMMISSION_PERSON: SignerSpec['subject'] = {
  commonName: 'ОМАРОВА ДИНАРА',
  surname: 'ОМАРОВА',
  iin: '750305400027',
  organization: 'Комиссия QazTech',
  bin: '000740001307',
};

export type CommissionSignerKind = 'rsa' | 'authentication' | 'expired' | 'revoked' | 'ocspDown';

/**
 * A certification authority of the test's own, on disk in a temporary directory: a root, an
 * intermediate whose certificates name a real `openssl ocsp` responder (answering from the CA's
 * index) and a CRL served over HTTP, and signers of every kind the tests need.
 */
export class TestCertificationAuthority {
  readonly dir = mkdtempSync(join(tmpdir(), 'qaztech-pki-'));
  readonly now = new Date();
  readonly root = createRootAuthority('QazTech Test Root', 'rsa', this.now);
  private readonly responders: ChildProcess[] = [];
  private crlServer: Server | undefined;
  ocspUrl = '';
  crlUrl = '';
  intermediate!: PkiEntity;
  signers!: Record<
    'rsa' | 'gost256' | 'gost512' | 'authentication' | 'expired' | 'revoked' | 'unknownToCa' | 'ocspDown' | 'crlOnlyRevoked',
    PkiEntity
  >;
  /** The same kinds of certificate, for a person of the Commission. */
  commissionSigners!: Record<CommissionSignerKind, PkiEntity>;
  /** Each person's signing certificate as an employee of the other organisation: the right IIN, another BIN. */
  otherOrganisation!: { agency: PkiEntity; commission: PkiEntity };

  async start(): Promise<this> {
    const [ocspPort, crlPort, closedPort] = await Promise.all([freePort(), freePort(), freePort()]);
    this.ocspUrl = `http://127.0.0.1:${ocspPort}/`;
    this.crlUrl = `http://127.0.0.1:${crlPort}/intermediate.crl`;
    const urls = { ocspUrl: this.ocspUrl, crlUrl: this.crlUrl };
    this.intermediate = createIntermediateAuthority(this.root, 'QazTech Test Intermediate', 'rsa', this.now);
    const daysFromNow = (days: number) => new Date(this.now.getTime() + days * 86_400_000);
    const person = (kind: SignerSpec['kind'], purpose: SignerSpec['purpose'] = 'signing') => ({ subject: PERSON, kind, purpose });
    const unreachable = { ocspUrl: `http://127.0.0.1:${closedPort}/`, crlUrl: this.crlUrl };
    this.signers = {
      rsa: issueSigner(this.intermediate, person('rsa'), this.now, urls),
      gost256: issueSigner(this.intermediate, person('gost256'), this.now, urls),
      gost512: issueSigner(this.intermediate, person('gost512'), this.now, urls),
      authentication: issueSigner(this.intermediate, person('rsa', 'authentication'), this.now, urls),
      expired: issueSigner(
        this.intermediate,
        { ...person('rsa'), notBefore: daysFromNow(-400), notAfter: daysFromNow(-1) },
        this.now,
        urls,
      ),
      revoked: issueSigner(this.intermediate, person('rsa'), this.now, urls),
      unknownToCa: issueSigner(this.intermediate, person('rsa'), this.now, urls),
      ocspDown: issueSigner(this.intermediate, person('rsa'), this.now, { ocspUrl: unreachable.ocspUrl }),
      crlOnlyRevoked: issueSigner(this.intermediate, person('rsa'), this.now, unreachable),
    };
    const commissioner = (purpose: SignerSpec['purpose'] = 'signing') => ({ subject: COMMISSION_PERSON, kind: 'rsa' as const, purpose });
    this.commissionSigners = {
      rsa: issueSigner(this.intermediate, commissioner(), this.now, urls),
      authentication: issueSigner(this.intermediate, commissioner('authentication'), this.now, urls),
      expired: issueSigner(
        this.intermediate,
        { ...commissioner(), notBefore: daysFromNow(-400), notAfter: daysFromNow(-1) },
        this.now,
        urls,
      ),
      revoked: issueSigner(this.intermediate, commissioner(), this.now, urls),
      ocspDown: issueSigner(this.intermediate, commissioner(), this.now, { ocspUrl: unreachable.ocspUrl }),
    };
    this.otherOrganisation = {
      agency: issueSigner(this.intermediate, { ...person('rsa'), subject: { ...PERSON, bin: COMMISSION_PERSON.bin } }, this.now, urls),
      commission: issueSigner(this.intermediate, { ...commissioner(), subject: { ...COMMISSION_PERSON, bin: PERSON.bin } }, this.now, urls),
    };
    this.writeFiles();
    await this.startCrlServer(crlPort);
    await this.startResponder(ocspPort);
    return this;
  }

  settings(): SignatureVerifierSettings {
    return {
      trustedRoots: [this.root.certificate],
      keyPurposes: { signing: [NCA_POLICIES.signing], authentication: [NCA_POLICIES.authentication] },
      revocationTimeoutMs: 3_000,
    };
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  private writeFiles(): void {
    const revokedAt = new Date(this.now.getTime() - 3_600_000);
    const expiry = indexDate(new Date(this.now.getTime() + 365 * 86_400_000));
    const line = (entity: PkiEntity, revoked: boolean) =>
      [revoked ? 'R' : 'V', expiry, revoked ? indexDate(revokedAt) : '', serialHex(entity.certificate), 'unknown', '/CN=test'].join('\t');
    const { commissionSigners: commission } = this;
    const known = [this.signers.rsa, this.signers.gost256, this.signers.gost512, this.signers.authentication, this.signers.ocspDown];
    known.push(commission.rsa, commission.authentication, commission.expired, commission.ocspDown);
    known.push(this.otherOrganisation.agency, this.otherOrganisation.commission);
    const index = [...known.map((entity) => line(entity, false)), line(this.signers.revoked, true), line(commission.revoked, true)];
    writeFileSync(this.path('index.txt'), `${index.join('\n')}\n`);
    // One person holds several certificates, as with NCA RK: the index must allow a repeated subject.
    writeFileSync(this.path('index.txt.attr'), 'unique_subject = no\n');
    const responder = issueServiceCertificate(this.intermediate, 'QazTech Test OCSP', 'ocsp', this.now);
    writeFileSync(this.path('root.pem'), pem(this.root.certificate));
    writeFileSync(this.path('intermediate.pem'), pem(this.intermediate.certificate));
    writeFileSync(this.path('intermediate.key'), this.intermediate.key.kind === 'rsa' ? this.intermediate.key.pkcs8Pem : '');
    writeFileSync(this.path('ocsp.pem'), pem(responder.certificate));
    writeFileSync(this.path('ocsp.key'), responder.key.kind === 'rsa' ? responder.key.pkcs8Pem : '');
    const tsa = issueServiceCertificate(this.intermediate, 'QazTech Test TSA', 'timestamping', this.now);
    writeFileSync(this.path('tsa.pem'), pem(tsa.certificate));
    writeFileSync(this.path('tsa.key'), tsa.key.kind === 'rsa' ? tsa.key.pkcs8Pem : '');
    const signer = this.signers.rsa;
    writeFileSync(this.path('signer.pem'), pem(signer.certificate));
    writeFileSync(this.path('signer.key'), signer.key.kind === 'rsa' ? signer.key.pkcs8Pem : '');
  }

  private async startCrlServer(port: number): Promise<void> {
    const revoked = [this.signers.revoked, this.signers.crlOnlyRevoked, this.commissionSigners.revoked].map((entity) => ({
      certificate: entity.certificate,
      at: this.now,
    }));
    const crl = issueCrl(this.intermediate, revoked, new Date(this.now.getTime() - 60_000), new Date(this.now.getTime() + 7 * 86_400_000));
    this.crlServer = createServer((request, response) => {
      if (request.url !== '/intermediate.crl') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(Buffer.from(crl));
    });
    await new Promise<void>((resolve) => this.crlServer!.listen(port, '127.0.0.1', resolve));
  }

  /**
   * A responder over the same index that signs with a key the CA never delegated to: what a
   * man in the middle answering "good" looks like. Returns its URL.
   */
  async startRogueResponder(): Promise<string> {
    const rogueCa = createRootAuthority('QazTech Test Intermediate', 'rsa', this.now);
    const rogue = issueServiceCertificate(rogueCa, 'QazTech Test OCSP', 'ocsp', this.now);
    writeFileSync(this.path('rogue.pem'), pem(rogue.certificate));
    writeFileSync(this.path('rogue.key'), rogue.key.kind === 'rsa' ? rogue.key.pkcs8Pem : '');
    const port = await freePort();
    await this.startResponder(port, 'rogue');
    return `http://127.0.0.1:${port}/`;
  }

  /** `openssl ocsp` as a server over the CA's index; ready once it says it accepts connections. */
  private async startResponder(port: number, signer: 'ocsp' | 'rogue' = 'ocsp'): Promise<void> {
    const args = ['ocsp', '-index', this.path('index.txt'), '-port', String(port), '-CA', this.path('intermediate.pem')];
    args.push('-rsigner', this.path(`${signer}.pem`), '-rkey', this.path(`${signer}.key`), '-ignore_err', '-ndays', '1');
    const child = spawn('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.responders.push(child);
    await new Promise<void>((resolve, reject) => {
      let said = '';
      const listen = (chunk: Buffer) => {
        said += chunk.toString();
        // Said once the index is loaded, after ACCEPT: a bad index makes it exit in between.
        if (said.includes('waiting for OCSP client connections')) resolve();
      };
      child.stdout!.on('data', listen);
      child.stderr!.on('data', listen);
      child.once('exit', (code) => reject(new Error(`openssl ocsp exited (${code}): ${said}`)));
    });
  }

  async stop(): Promise<void> {
    for (const child of this.responders.filter((responder) => responder.exitCode === null)) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    await new Promise<void>((resolve) => (this.crlServer ? this.crlServer.close(() => resolve()) : resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

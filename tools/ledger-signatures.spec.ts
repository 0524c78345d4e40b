import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ActSignatureV1 } from '@qaztech/contracts';
import { createIntermediateAuthority, createRootAuthority, derToPem, issueSigner, PkiEntity, signCms } from '@qaztech/platform';
import { generateNoteKey, signerFromKey } from '../libs/audit/src/log';
import { buildLedger, exportRecords } from '../libs/audit/src/log/export-test-support';
import { CommandIo, main } from './ledger-command';

const ORIGIN = 'qaztech.kz/audit';
const CHAIR = {
  commonName: 'ОМАРОВА ДИНАРА',
  surname: 'ОМАРОВА',
  iin: '750305400027',
  organization: 'Комиссия QazTech',
  bin: '000740001307',
};
const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const pem = (entity: PkiEntity) => derToPem(new Uint8Array(entity.certificate.toSchema().toBER(false)), 'CERTIFICATE');

function capture(): CommandIo & { out: () => string } {
  let out = '';
  return { stdin: Readable.from(['']), stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true }, out: () => out };
}

/** The signature a decision's event carries, as the verifier recorded it when the act was taken. */
function actSignature(signer: PkiEntity, intermediate: PkiEntity, content: Buffer, signedContent = content): ActSignatureV1 {
  const cms = Buffer.from(signCms(signedContent, signer, { intermediates: [intermediate.certificate] }));
  return {
    act: 'review.decision',
    content: content.toString('base64'),
    contentDigest: sha256(content),
    cms: cms.toString('base64'),
    cmsDigest: sha256(cms),
    signer: { iin: CHAIR.iin, bin: CHAIR.bin, commonName: CHAIR.commonName, organization: CHAIR.organization },
    certificate: pem(signer),
    certificateSerial: '01',
    certificateIssuer: 'QazTech Test Intermediate',
    algorithm: 'RSA-SHA256',
    signingTime: new Date().toISOString(),
    signingTimeSource: 'signing-time-attribute',
    revocation: { source: 'ocsp', status: 'good', producedAt: new Date().toISOString(), url: 'http://127.0.0.1:2560/' },
    verifiedAt: new Date().toISOString(),
  };
}

describe('ledger verify: the qualified signatures the events carry', () => {
  let dir: string;
  let key: { signerKey: string; verifierKey: string };
  let rootsFile: string;
  let otherRootsFile: string;
  let good: ActSignatureV1;
  let tampered: ActSignatureV1;

  const exportWith = (name: string, signature: ActSignatureV1) => {
    const ledger = buildLedger({
      origin: ORIGIN,
      count: 12,
      checkpointEvery: 6,
      signers: [signerFromKey(key.signerKey)],
      eventPayload: (index) => (index === 4 ? { decisionId: 'd-1', signature } : undefined),
    });
    const path = join(dir, name);
    writeFileSync(
      path,
      exportRecords(ledger)
        .map((record) => JSON.stringify(record))
        .join('\n') + '\n',
    );
    return path;
  };
  const verify = async (path: string, ...extra: string[]) => {
    const io = capture();
    const status = await main(['verify', '--export', path, '--key', key.verifierKey, ...extra], io);
    return { status, out: io.out() };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-signatures-'));
    key = generateNoteKey(ORIGIN);
    const now = new Date();
    const root = createRootAuthority('QazTech Test Root', 'rsa', now);
    const intermediate = createIntermediateAuthority(root, 'QazTech Test Intermediate', 'rsa', now);
    const signer = issueSigner(intermediate, { subject: CHAIR, kind: 'rsa', purpose: 'signing' }, now);
    const content = Buffer.from('{"act":"review.decision","agendaItemId":"i-1","content":{"outcome":"approved"}}');
    good = actSignature(signer, intermediate, content);
    tampered = actSignature(signer, intermediate, Buffer.from(content.toString().replace('approved', 'rejected')), content);
    rootsFile = join(dir, 'roots.pem');
    writeFileSync(rootsFile, pem(root));
    otherRootsFile = join(dir, 'other-roots.pem');
    writeFileSync(otherRootsFile, pem(createRootAuthority('QazTech Test Root', 'rsa', now)));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies each signature against the given roots and says revocation was not checked offline', async () => {
    const { status, out } = await verify(exportWith('signed.ndjson', good), '--signature-roots', rootsFile);
    expect(status).toBe(0);
    expect(out).toMatch(/^OK: the export verifies/);
    expect(out).toContain('1 qualified signatures, 1 verified offline');
    expect(out).toContain("revocation not checked offline for 1: the CA's answers recorded at signing: good 1");
  });

  it('without roots checks only the digests, and says the signatures were not verified', async () => {
    const { status, out } = await verify(exportWith('unrooted.ndjson', good));
    expect(status).toBe(0);
    expect(out).toContain('1 not verified (give --signature-roots');
  });

  it('fails on a signature over other bytes than the event records, naming the entry', async () => {
    const { status, out } = await verify(exportWith('tampered.ndjson', tampered), '--signature-roots', rootsFile);
    expect(status).toBe(1);
    expect(out).toMatch(/^FAILED: a qualified signature does not verify/);
    expect(out).toContain('signature at entry 4 (review.decision) FAILED: SIGNATURE_CONTENT_MISMATCH');
  });

  it('fails on a signature whose CA is not among the given roots', async () => {
    const { status, out } = await verify(exportWith('foreign.ndjson', good), '--signature-roots', otherRootsFile);
    expect(status).toBe(1);
    expect(out).toContain('FAILED: SIGNATURE_CHAIN_UNTRUSTED');
  });
});

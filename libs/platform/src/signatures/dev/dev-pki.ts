import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { derToPem, pemToDer, toArrayBuffer } from '../algorithms/bytes';
import { SubjectSpec } from './certificate-builder';
import { signCms } from './cms-signer';
import { KeyKind, SigningKey } from './signing-key';
import { createIntermediateAuthority, createRootAuthority, issueServiceCertificate, issueSigner, PkiEntity } from './test-pki';

/** Where the development responder listens when started as `npm run sign -- --help` shows. */
export const DEV_OCSP_URL = 'http://127.0.0.1:2560/';

const COMMISSION = { organization: 'Комиссия QazTech', bin: '000740001307' };
const AGENCY = { organization: 'Министерство цифрового развития', bin: '940140000385' };

/** The people the development PKI issues certificates to when the command names no IIN or BIN. */
const DEV_PEOPLE: Readonly<Record<string, SubjectSpec>> = {
  agency: { commonName: 'САДЫКОВА АЙГЕРИМ', surname: 'САДЫКОВА', givenName: 'БОЛАТОВНА', iin: '870412400155', ...AGENCY },
  'commission.secretary': { commonName: 'ЖАКУПОВ ЕРЛАН', surname: 'ЖАКУПОВ', iin: '800101300016', ...COMMISSION },
  'commission.chair': { commonName: 'ОМАРОВА ДИНАРА', surname: 'ОМАРОВА', iin: '750305400027', ...COMMISSION },
  'commission.member': { commonName: 'БЕКОВ ТИМУР', surname: 'БЕКОВ', iin: '850620300017', ...COMMISSION },
  expert: { commonName: 'НУРЛАНОВ АСЕТ', surname: 'НУРЛАНОВ', iin: '900215300037', ...COMMISSION },
  staff: { commonName: 'АХМЕТОВА ЖАНАР', surname: 'АХМЕТОВА', iin: '921103400020', ...COMMISSION },
};

/** The role's development person: agency roles sign for the agency, experts as one expert, and so on. */
export function devPerson(role: string, overrides: { iin?: string; bin?: string }): SubjectSpec {
  const group = role.startsWith('agency.') ? 'agency' : role.startsWith('expert.') ? 'expert' : role in DEV_PEOPLE ? role : 'staff';
  return { ...DEV_PEOPLE[group]!, ...(overrides.iin ? { iin: overrides.iin } : {}), ...(overrides.bin ? { bin: overrides.bin } : {}) };
}

interface StoredEntity {
  certificate: string;
  key: SigningKey;
}

const store = (entity: PkiEntity): StoredEntity => ({
  certificate: derToPem(new Uint8Array(entity.certificate.toSchema().toBER(false)), 'CERTIFICATE'),
  key: entity.key,
});
const restore = (stored: StoredEntity): PkiEntity => ({
  certificate: pkijs.Certificate.fromBER(toArrayBuffer(pemToDer(stored.certificate, 'CERTIFICATE')[0]!)),
  key: stored.key,
});

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
}

/** OpenSSL's CA index: one line per certificate issued, so `openssl ocsp` can answer for them. */
function appendToIndex(dir: string, entity: PkiEntity): void {
  const expiry = entity.certificate.notAfter.value.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  const serial = Buffer.from(entity.certificate.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
  writeFileSync(join(dir, 'index.txt'), `V\t${expiry}\t\t${serial}\tunknown\t/CN=dev\n`, { flag: 'a' });
}

/**
 * The development CA in `dir` (.local/pki), created on first use: a root (trusted-roots.pem is the
 * bundle SIGNATURE_TRUSTED_ROOTS points at), an intermediate, an OCSP responder certificate and
 * the index OpenSSL's responder reads. Never used in production: its keys sit on disk.
 */
export function loadOrCreateDevCa(dir: string, now = new Date()): { root: PkiEntity; intermediate: PkiEntity } {
  const caFile = join(dir, 'ca.json');
  if (existsSync(caFile)) {
    const stored = JSON.parse(readFileSync(caFile, 'utf8')) as { root: StoredEntity; intermediate: StoredEntity };
    return { root: restore(stored.root), intermediate: restore(stored.intermediate) };
  }
  mkdirSync(join(dir, 'signers'), { recursive: true });
  const root = createRootAuthority('QazTech Development Root', 'rsa', now);
  const intermediate = createIntermediateAuthority(root, 'QazTech Development Intermediate', 'rsa', now);
  const responder = issueServiceCertificate(intermediate, 'QazTech Development OCSP', 'ocsp', now);
  writeFileSync(join(dir, 'trusted-roots.pem'), store(root).certificate);
  writeFileSync(join(dir, 'intermediate.pem'), store(intermediate).certificate);
  writeFileSync(join(dir, 'ocsp.pem'), store(responder).certificate);
  writePrivate(join(dir, 'ocsp.key'), responder.key.kind === 'rsa' ? responder.key.pkcs8Pem : '');
  writeFileSync(join(dir, 'index.txt'), '');
  // A person holds several certificates (one per key kind): the index must allow a repeated subject.
  writeFileSync(join(dir, 'index.txt.attr'), 'unique_subject = no\n');
  writePrivate(caFile, JSON.stringify({ root: store(root), intermediate: store(intermediate) }));
  return { root, intermediate };
}

export interface DevSignRequest {
  role: string;
  kind: KeyKind;
  iin?: string;
  bin?: string;
}

/** The certificate the development CA issued for this role, person and key kind, issued on first use. */
export function loadOrCreateDevSigner(
  dir: string,
  request: DevSignRequest,
  now = new Date(),
): { signer: PkiEntity; intermediate: PkiEntity } {
  const { intermediate } = loadOrCreateDevCa(dir, now);
  const subject = devPerson(request.role, request);
  const file = join(dir, 'signers', `${request.role}-${request.kind}-${subject.iin}-${subject.bin ?? 'none'}.json`);
  if (existsSync(file)) return { signer: restore(JSON.parse(readFileSync(file, 'utf8')) as StoredEntity), intermediate };
  const signer = issueSigner(intermediate, { subject, kind: request.kind, purpose: 'signing' }, now, { ocspUrl: DEV_OCSP_URL });
  writePrivate(file, JSON.stringify(store(signer)));
  appendToIndex(dir, signer);
  return { signer, intermediate };
}

/** Signs `content` as the role would in NCALayer; returns the detached CMS in base64. */
export function signAsDev(dir: string, request: DevSignRequest, content: Uint8Array): string {
  const { signer, intermediate } = loadOrCreateDevSigner(dir, request);
  return Buffer.from(signCms(content, signer, { intermediates: [intermediate.certificate] })).toString('base64');
}

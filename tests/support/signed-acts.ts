import { DataSource } from 'typeorm';
import { createIntermediateAuthority, createRootAuthority, issueSigner, PkiEntity, signCms } from '@qaztech/platform';
import { Api, ApiResponse, CallOptions } from './http-client';
import { COMMISSION_PERSON, PERSON, TestCertificationAuthority } from './signature-ca';

/** The detached CMS, base64, of `content` by `signer`, with its intermediate, as NCALayer returns it. */
export function cmsOf(content: Uint8Array, signer: PkiEntity, intermediates: PkiEntity[]): string {
  return Buffer.from(signCms(content, signer, { intermediates: intermediates.map((entity) => entity.certificate) })).toString('base64');
}

/** A signer of the right name and organisation whose CA the operator does not trust. */
export function foreignSigner(ca: TestCertificationAuthority, subject: typeof PERSON): { signer: PkiEntity; chain: PkiEntity[] } {
  const root = createRootAuthority('QazTech Test Root', 'rsa', ca.now);
  const intermediate = createIntermediateAuthority(root, 'QazTech Test Intermediate', 'rsa', ca.now);
  const signer = issueSigner(intermediate, { subject, kind: 'rsa', purpose: 'signing' }, ca.now, { ocspUrl: ca.ocspUrl });
  return { signer, chain: [intermediate, root] };
}

export interface Refusal {
  name: string;
  /** The CMS for this refusal, given the bytes the server handed out. */
  cms(content: Buffer): string;
  /** Another token, when the refusal is about who is signed in. */
  token?: string;
  code: string;
  status: number;
}

/**
 * The refusals every signed act must give, for a signer of `side`: the agency's signatory or a
 * person of the Commission. `otherIinToken` is the same role signed in as someone else.
 */
export function refusalsFor(ca: TestCertificationAuthority, side: 'agency' | 'commission', otherIinToken: string): Refusal[] {
  const intermediate = [ca.intermediate];
  const own = side === 'agency' ? ca.signers : ca.commissionSigners;
  const wrongOrganisation = ca.otherOrganisation[side];
  const foreign = foreignSigner(ca, side === 'agency' ? PERSON : COMMISSION_PERSON);
  const tampered = (content: Buffer) => Buffer.concat([content, Buffer.from(' ')]);
  return [
    { name: 'tampered bytes', cms: (c) => cmsOf(tampered(c), own.rsa, intermediate), code: 'SIGNATURE_CONTENT_MISMATCH', status: 422 },
    { name: 'wrong BIN', cms: (c) => cmsOf(c, wrongOrganisation, intermediate), code: 'SIGNATURE_BIN_MISMATCH', status: 403 },
    { name: 'wrong IIN', cms: (c) => cmsOf(c, own.rsa, intermediate), token: otherIinToken, code: 'SIGNATURE_IIN_MISMATCH', status: 403 },
    {
      name: 'expired',
      cms: (c) => cmsOf(c, own.expired, intermediate),
      code: 'SIGNATURE_CERTIFICATE_NOT_VALID_AT_SIGNING_TIME',
      status: 422,
    },
    { name: 'revoked', cms: (c) => cmsOf(c, own.revoked, intermediate), code: 'SIGNATURE_CERTIFICATE_REVOKED', status: 422 },
    { name: 'untrusted root', cms: (c) => cmsOf(c, foreign.signer, foreign.chain), code: 'SIGNATURE_CHAIN_UNTRUSTED', status: 422 },
    {
      name: 'authentication key',
      cms: (c) => cmsOf(c, own.authentication, intermediate),
      code: 'SIGNATURE_AUTHENTICATION_KEY',
      status: 422,
    },
    { name: 'OCSP unreachable', cms: (c) => cmsOf(c, own.ocspDown, intermediate), code: 'SIGNATURE_REVOCATION_UNAVAILABLE', status: 503 },
  ];
}

/** Everything a refused act could have written: each context's outbox (every change writes its event) and signatures. */
export async function writtenSoFar(owner: DataSource): Promise<Record<string, number>> {
  const [row] = (await owner.query(`
    SELECT (SELECT count(*) FROM intake.outbox)::int AS intake_events,
           (SELECT count(*) FROM review.outbox)::int AS review_events,
           (SELECT count(*) FROM intake.act_signatures)::int AS intake_signatures,
           (SELECT count(*) FROM review.act_signatures)::int AS review_signatures`)) as Record<string, number>[];
  return row!;
}

/**
 * Sends the act once per refusal, signed over the bytes `documentOf` returns, and expects each to
 * be refused with its code while nothing at all is written.
 */
export async function expectEachRefused(
  api: Api,
  owner: DataSource,
  refusals: Refusal[],
  act: { token: string; document: () => Promise<Buffer>; send: (cms: string, token: string) => Promise<ApiResponse> },
): Promise<string[]> {
  const seen: string[] = [];
  const before = await writtenSoFar(owner);
  for (const refusal of refusals) {
    const response = await act.send(refusal.cms(await act.document()), refusal.token ?? act.token);
    seen.push(`${refusal.name}: ${response.status} ${response.body?.code}`);
  }
  expect(await writtenSoFar(owner)).toEqual(before);
  return seen;
}

/** The signing document a route hands out, as bytes, checked against its digest. */
export async function documentFrom(api: Api, method: 'GET' | 'POST', path: string, options: CallOptions): Promise<Buffer> {
  const response = await api(method, path, options);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  const bytes = Buffer.from(response.body.content, 'base64');
  const { createHash } = await import('node:crypto');
  expect(response.body.digest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  return bytes;
}

import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { ActSignatureV1 } from '@qaztech/contracts';
// Directly from the files, as the other ledger commands do: the verifier loads no NestJS.
import { SignatureError } from '../libs/platform/src/signatures/signature-errors';
import { SignatureVerifierSettings, verifySignatureOffline } from '../libs/platform/src/signatures/signature-verifier';
import { SIGNATURES_CONFIG_SCHEMA } from '../libs/platform/src/signatures/signatures-config';
import { parseNdjson, splitLines } from '../libs/audit/src/log';

/** What the offline check of an export's qualified signatures found. */
export interface SignatureReport {
  found: number;
  /** Verified against the given roots: signature over the signed bytes, chain, validity, key usage, IIN/BIN. */
  verified: number;
  /** Found but not verified, for want of trusted roots. */
  unverified: number;
  /** What the CA answered when each was taken (revocation cannot be asked offline). */
  recordedRevocation: Record<string, number>;
  failures: { index: number; act: string; problem: string }[];
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

function signatureIn(record: unknown): { index: number; signature: ActSignatureV1 } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const entry = record as { kind?: unknown; index?: unknown; payload?: { payload?: { signature?: unknown } } | null };
  const signature = entry.kind === 'entry' ? entry.payload?.payload?.signature : undefined;
  if (typeof signature !== 'object' || signature === null || typeof entry.index !== 'number') return undefined;
  return { index: entry.index, signature: signature as ActSignatureV1 };
}

/** Why the signature does not hold, or undefined when it does. */
function problemOf(signature: ActSignatureV1, settings: SignatureVerifierSettings | undefined, now: Date): string | undefined {
  if (typeof signature.cms !== 'string' || typeof signature.content !== 'string') return 'the signature or its signed bytes are missing';
  const content = Buffer.from(signature.content, 'base64');
  const cms = Buffer.from(signature.cms, 'base64');
  if (sha256(content) !== signature.contentDigest) return 'the signed bytes do not match their recorded digest';
  if (sha256(cms) !== signature.cmsDigest) return 'the CMS does not match its recorded digest';
  if (!settings) return undefined;
  try {
    verifySignatureOffline(
      { cms, content, expectedIin: signature.signer?.iin ?? undefined, expectedBin: signature.signer?.bin ?? undefined },
      settings,
      now,
    );
  } catch (error) {
    if (error instanceof SignatureError) return `${error.signatureCode}${error.detail ? ` (${error.detail})` : ''}`;
    throw error;
  }
  return undefined;
}

/**
 * Checks every qualified signature an export's events carry, with no network: the recorded digests
 * always; with the CA's roots, the signature itself, its chain at signing time, the key's purpose
 * and the IIN/BIN the event recorded. Revocation needs the CA and is reported, not checked.
 */
export async function checkExportSignatures(
  input: Readable,
  roots: SignatureVerifierSettings['trustedRoots'] | undefined,
  now = new Date(),
): Promise<SignatureReport> {
  const settings: SignatureVerifierSettings | undefined = roots && {
    trustedRoots: roots,
    keyPurposes: {
      signing: SIGNATURES_CONFIG_SCHEMA.SIGNATURE_SIGNING_POLICIES.default(),
      authentication: SIGNATURES_CONFIG_SCHEMA.SIGNATURE_AUTHENTICATION_POLICIES.default(),
    },
    revocationTimeoutMs: 0,
  };
  const report: SignatureReport = { found: 0, verified: 0, unverified: 0, recordedRevocation: {}, failures: [] };
  for await (const record of parseNdjson(splitLines(input))) {
    const found = signatureIn(record);
    if (!found) continue;
    const { index, signature } = found;
    report.found += 1;
    const problem = problemOf(signature, settings, now);
    if (problem) {
      report.failures.push({ index, act: String(signature.act), problem });
      continue;
    }
    if (settings) report.verified += 1;
    else report.unverified += 1;
    const status = signature.revocation?.status ?? 'none';
    report.recordedRevocation[status] = (report.recordedRevocation[status] ?? 0) + 1;
  }
  return report;
}

export function signatureSummary(report: SignatureReport): string[] {
  if (report.found === 0) return ['no qualified signatures in this export'];
  const lines = [
    report.unverified > 0
      ? `${report.found} qualified signatures: digests checked; ${report.unverified} not verified (give --signature-roots with the CA's root certificates)`
      : `${report.found} qualified signatures, ${report.verified} verified offline (signed bytes, chain at signing time, key usage, IIN/BIN)`,
  ];
  const answers = Object.entries(report.recordedRevocation)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
  if (answers)
    lines.push(
      `revocation not checked offline for ${report.found - report.failures.length}: the CA's answers recorded at signing: ${answers}`,
    );
  for (const failure of report.failures) lines.push(`signature at entry ${failure.index} (${failure.act}) FAILED: ${failure.problem}`);
  return lines;
}

import { Inject, Injectable } from '@nestjs/common';
import { ActSignatureV1 } from '@qaztech/contracts';
import { PLATFORM_CONFIG } from '../../config/config.tokens';
import { PlatformConfig } from '../../config/platform-config';
import { Clock } from '../../time/clock';
import { SignatureError } from '../signature-errors';
import { SignatureVerification } from '../signature-verifier';
import { SignatureVerifierService } from '../signature-verifier.service';
import { SigningDocument } from './signing-document';

/** Who must have signed: the person in the token, the organisation the act is for. */
export interface ExpectedSigner {
  /** The signed-in person's IIN, when the token carries one. */
  iin?: string;
  /** The applicant's BIN for an agency's act; the Commission's for the Commission's acts. */
  bin: string | 'commission';
}

/** A verified signature over an act: the event's form, and what the context stores with the act. */
export interface VerifiedActSignature {
  event: ActSignatureV1;
  verification: SignatureVerification;
  document: SigningDocument;
}

/**
 * The gate every signed act passes: without a CMS the act goes through only when signatures are
 * not required; with one, the signature is verified in full (a refusal throws its SignatureError,
 * before anything is written) and comes back in the forms to keep.
 */
@Injectable()
export class ActSignatures {
  constructor(
    private readonly verifier: SignatureVerifierService,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async check(document: SigningDocument, cms: string | undefined, expected: ExpectedSigner): Promise<VerifiedActSignature | null> {
    if (cms === undefined) {
      if (this.verifier.required) throw new SignatureError('SIGNATURE_REQUIRED', document.act);
      return null;
    }
    const expectedBin = expected.bin === 'commission' ? this.commissionBin() : expected.bin;
    const verification = await this.verifier.verify({ cms, content: document.bytes, expectedIin: expected.iin, expectedBin });
    return { event: toActSignatureEvent(document, verification, this.clock.now()), verification, document };
  }

  private commissionBin(): string {
    const bin = this.config.SIGNATURE_COMMISSION_BIN;
    if (!bin)
      throw new SignatureError(
        'SIGNATURE_TRUST_NOT_CONFIGURED',
        "SIGNATURE_COMMISSION_BIN is not set: the Commission's acts cannot be checked",
      );
    return bin;
  }
}

export function toActSignatureEvent(document: SigningDocument, verification: SignatureVerification, verifiedAt: Date): ActSignatureV1 {
  const { signer, certificate, revocation } = verification;
  return {
    act: document.act,
    content: document.bytes.toString('base64'),
    contentDigest: document.digest,
    cms: Buffer.from(verification.cms).toString('base64'),
    cmsDigest: verification.cmsDigest,
    signer: { iin: signer.iin ?? null, bin: signer.bin ?? null, commonName: signer.commonName, organization: signer.organization ?? null },
    certificate: certificate.pem,
    certificateSerial: certificate.serialNumber,
    certificateIssuer: certificate.issuer,
    algorithm: verification.algorithm,
    signingTime: verification.signingTime.toISOString(),
    signingTimeSource: verification.signingTimeSource,
    revocation: {
      source: revocation.source,
      status: revocation.status,
      producedAt: revocation.producedAt.toISOString(),
      url: revocation.url,
    },
    verifiedAt: verifiedAt.toISOString(),
  };
}

/** The row a context keeps beside the act: the CMS, the certificate and the CA's answer as received. */
export interface ActSignatureRow {
  act: string;
  actId: string;
  requestId: string | null;
  content: Buffer;
  contentDigest: string;
  cms: Buffer;
  cmsDigest: string;
  certificate: Buffer;
  signerIin: string | null;
  signerBin: string | null;
  signerName: string;
  algorithm: string;
  signingTime: Date;
  revocationSource: string;
  revocationStatus: string;
  revocationResponse: Buffer;
  /** The verification's result, as the event states it (without the bytes kept in their own columns). */
  verification: Omit<ActSignatureV1, 'content' | 'cms' | 'certificate'>;
  verifiedAt: Date;
}

export function toActSignatureRow(signed: VerifiedActSignature, actId: string, requestId: string | null): ActSignatureRow {
  const { verification, event, document } = signed;
  const { content: _content, cms: _cms, certificate: _certificate, ...summary } = event;
  return {
    act: document.act,
    actId,
    requestId,
    content: document.bytes,
    contentDigest: document.digest,
    cms: Buffer.from(verification.cms),
    cmsDigest: verification.cmsDigest,
    certificate: Buffer.from(verification.certificate.der),
    signerIin: verification.signer.iin ?? null,
    signerBin: verification.signer.bin ?? null,
    signerName: verification.signer.commonName,
    algorithm: verification.algorithm,
    signingTime: verification.signingTime,
    revocationSource: verification.revocation.source,
    revocationStatus: verification.revocation.status,
    revocationResponse: Buffer.from(verification.revocation.response),
    verification: summary,
    verifiedAt: new Date(event.verifiedAt),
  };
}

/** The values of {@link ActSignatureRow} in the order of ACT_SIGNATURE_COLUMNS. */
export function actSignatureValues(row: ActSignatureRow): unknown[] {
  return [
    row.act,
    row.actId,
    row.requestId,
    row.content,
    row.contentDigest,
    row.cms,
    row.cmsDigest,
    row.certificate,
    row.signerIin,
    row.signerBin,
    row.signerName,
    row.algorithm,
    row.signingTime,
    row.revocationSource,
    row.revocationStatus,
    row.revocationResponse,
    JSON.stringify(row.verification),
    row.verifiedAt,
  ];
}

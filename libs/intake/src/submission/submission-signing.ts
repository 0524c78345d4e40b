import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AttachmentRefV1, RequestContentV1 } from '@qaztech/contracts';
import {
  ActSignatures,
  RequestContext,
  SignatureError,
  SigningDocument,
  signingDocumentOf,
  toActSignatureRow,
  VerifiedActSignature,
} from '@qaztech/platform';
import { AgencyRequestsQuery } from '../requests/agency-requests.query';
import { toAttachmentRef } from '../requests/request.view';
import { agencyScopeOf } from '../shared/agency-scope';
import { ActSignatureRepository } from './act-signature.repository';

export const SUBMISSION_ACT = 'request.submission';

interface SubmittedVersion {
  id: string;
  agencyBin: string;
  currentVersion: number;
  content: RequestContentV1;
}

/** The submission's signing document: the version to be frozen, with its attachments' digests. */
export function submissionDocument(request: SubmittedVersion, attachments: readonly AttachmentRefV1[]): SigningDocument {
  return signingDocumentOf(
    SUBMISSION_ACT,
    { requestId: request.id, agencyBin: request.agencyBin, version: request.currentVersion },
    { content: request.content, attachments },
  );
}

/**
 * The signatory's signature over a submission. Verified before the submission's transaction (the
 * CA is asked over the network, and no row should stay locked meanwhile), then held against the
 * version as locked: an edit in between makes it a signature over something else.
 */
@Injectable()
export class SubmissionSigning {
  constructor(
    private readonly signatures: ActSignatures,
    private readonly requests: AgencyRequestsQuery,
    private readonly rows: ActSignatureRepository,
  ) {}

  async document(context: RequestContext, id: string): Promise<SigningDocument> {
    const { request, attachments } = await this.requests.findWithAttachments(agencyScopeOf(context.principal), id);
    return submissionDocument(request, attachments.map(toAttachmentRef));
  }

  async verify(context: RequestContext, id: string, cms: string | undefined): Promise<VerifiedActSignature | null> {
    const scope = agencyScopeOf(context.principal);
    // Unsigned and not required: nothing to read. Otherwise the document as it stands now.
    const document = cms === undefined ? signingDocumentOf(SUBMISSION_ACT, { requestId: id }, null) : await this.document(context, id);
    return this.signatures.check(document, cms, { iin: context.principal.iin, bin: scope.agencyBin });
  }

  /** Inside the transaction: the locked version must still be what was signed; then the signature is kept. */
  async record(
    manager: EntityManager,
    signed: VerifiedActSignature,
    request: SubmittedVersion,
    attachments: readonly AttachmentRefV1[],
  ): Promise<void> {
    if (submissionDocument(request, attachments).digest !== signed.document.digest) {
      throw new SignatureError('SIGNATURE_CONTENT_MISMATCH', 'the request changed after its signing document was taken');
    }
    await this.rows.insert(manager, toActSignatureRow(signed, `${request.id}/v${request.currentVersion}`, request.id));
  }
}

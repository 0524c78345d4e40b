import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ActSignatures,
  RequestContext,
  SignatureError,
  SigningDocument,
  signingDocumentOf,
  toActSignatureRow,
  VerifiedActSignature,
} from '@qaztech/platform';
import { ReviewActSignatureRepository } from './act-signature.repository';

/** An act's body as the client sent it, its signature aside: what the signer signs is the rest. */
export function withoutSignature<T extends { signature?: unknown }>(body: T): Omit<T, 'signature'> {
  const { signature: _signature, ...content } = body;
  return content;
}

export const opinionDocument = (taskId: string, body: { signature?: unknown }): SigningDocument =>
  signingDocumentOf('review.opinion', { taskId }, withoutSignature(body));

export const decisionDocument = (agendaItemId: string, body: { signature?: unknown }): SigningDocument =>
  signingDocumentOf('review.decision', { agendaItemId }, withoutSignature(body));

export const revocationDocument = (decisionId: string, body: { signature?: unknown }): SigningDocument =>
  signingDocumentOf('review.revocation', { decisionId }, withoutSignature(body));

export const minutesDocument = (meetingId: string, minutes: unknown): SigningDocument =>
  signingDocumentOf('review.minutes', { meetingId }, minutes);

/**
 * The Commission's signatures: every review act is signed by a person of the Commission's
 * organisation, and by the person signed in when the token names one.
 */
@Injectable()
export class ReviewSigning {
  constructor(
    private readonly signatures: ActSignatures,
    private readonly rows: ReviewActSignatureRepository,
  ) {}

  /** Verified before the act's transaction opens: the CA is asked over the network. */
  async check(context: RequestContext, document: SigningDocument, cms: string | undefined): Promise<VerifiedActSignature | null> {
    return this.signatures.check(document, cms, { iin: context.principal.iin, bin: 'commission' });
  }

  /** For an act that is nothing but its signature: unsigned, it is refused whatever the setting. */
  async require(context: RequestContext, document: SigningDocument, cms: string | undefined): Promise<VerifiedActSignature> {
    if (cms === undefined) throw new SignatureError('SIGNATURE_REQUIRED', document.act);
    return (await this.check(context, document, cms))!;
  }

  /** Keeps the signature with its act, in the act's transaction; false when kept already. */
  async record(manager: EntityManager, signed: VerifiedActSignature, actId: string, requestId: string | null): Promise<boolean> {
    return this.rows.insert(manager, toActSignatureRow(signed, actId, requestId));
  }
}

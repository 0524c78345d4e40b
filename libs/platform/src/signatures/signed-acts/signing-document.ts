import { createHash } from 'node:crypto';
import { canonicalBytes } from '../../util/canonical-json';

/** The bytes a signer is asked to sign for one act, as the server hands them out. */
export interface SigningDocument {
  /** Which act: `request.submission`, `review.opinion`, `review.minutes`, `review.decision`, `review.revocation`. */
  act: string;
  bytes: Buffer;
  /** `sha256:<hex>` of the bytes. */
  digest: string;
}

/**
 * The one definition of what is signed: the RFC 8785 canonical JSON of the act's name, the
 * records it acts on, and its content exactly as it stands (a request body goes through JSON
 * first, so the bytes do not depend on how the server holds it). Whatever fields an act gains
 * later are covered without a change here.
 */
export function signingDocumentOf(act: string, subject: Record<string, unknown>, content: unknown): SigningDocument {
  const plain: unknown = JSON.parse(JSON.stringify(content ?? null));
  const bytes = canonicalBytes({ act, ...subject, content: plain });
  return { act, bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

/** `sha256:<hex>`, the form digests take in documents, events and views. */
export function sha256Label(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

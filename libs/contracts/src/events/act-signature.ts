/**
 * A qualified electronic signature (ЭЦП/ЭЦҚ) over a legal act, as its event carries it: enough
 * for anyone holding the event to check the signature again, offline, with the CA's root.
 */
export interface ActSignatureV1 {
  /** Which act was signed, e.g. `request.submission`, `review.decision`. */
  act: string;
  /** Base64 of exactly the bytes signed: the act's canonical document (RFC 8785 JSON). */
  content: string;
  /** `sha256:<hex>` of those bytes. */
  contentDigest: string;
  /** Base64 of the detached CMS SignedData (RFC 5652), as the signer's NCALayer returned it. */
  cms: string;
  /** `sha256:<hex>` of the CMS: the signature's name in the ledger. */
  cmsDigest: string;
  signer: { iin: string | null; bin: string | null; commonName: string; organization: string | null };
  /** The signer's certificate, PEM. */
  certificate: string;
  certificateSerial: string;
  certificateIssuer: string;
  algorithm: string;
  signingTime: string;
  signingTimeSource: 'timestamp' | 'signing-time-attribute' | 'verification-time';
  /** What the CA said when the signature was verified; the answer itself is kept with the act. */
  revocation: { source: 'ocsp' | 'crl'; status: 'good' | 'revoked' | 'unknown'; producedAt: string; url: string };
  verifiedAt: string;
}

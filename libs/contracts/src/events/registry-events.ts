import { MissingCapabilityV1 } from './claim-events';
import { DecisionConditionV1, DecisionOutcome } from './review-events';

/** What a record in the public register says happened to a decision. */
export const PUBLICATION_KINDS = ['decision', 'revocation', 'expiry'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/**
 * A decision as the public may see it: only what the register shows (DOMAIN: "What a published
 * decision shows"). Never attachments, expert findings, security findings or contact persons.
 * This object, in canonical JSON (RFC 8785), is what the register signs.
 */
export interface PublishedDecisionRecordV1 {
  /** The record's own number in the register: the decision number for the decision itself. */
  recordNumber: string;
  kind: PublicationKind;
  /** The earlier record this one corrects (revocation, expiry, reconsideration), never edited itself. */
  correctionOf: string | null;
  decisionNumber: string;
  registrationNumber: string;
  applicant: { bin: string; nameKk: string; nameRu: string };
  system: { titleKk: string; titleRu: string; titleEn: string | null };
  reasonCategories: string[];
  dataCategories: string[];
  budget: { amountKzt: string; fundingSource: string | null };
  outcome: DecisionOutcome;
  conditions: DecisionConditionV1[];
  validUntil: string | null;
  meeting: { date: string; protocolNumber: string };
  texts: { kk: string; ru: string; en: string | null };
  signedBy: { name: string; position: string };
  decidedAt: string;
  publishedAt: string;
}

/**
 * A record, version 2: version 1's fields, plus whether the exemption stands as the record leaves
 * it and, on a revocation, its reasons. A version 1 revocation only repeated the decision it
 * revoked (outcome, validity, text), so it read as the approval it ended.
 */
export interface PublishedDecisionRecordV2 extends PublishedDecisionRecordV1 {
  /** True only on an approval's own record: a refusal grants nothing, a revocation or an expiry ends the exemption. */
  exemptionInForce: boolean;
  /** On a revocation: why the Commission revoked the decision, as the chair gave it. Null on other kinds. */
  revocation: { reasons: string } | null;
  /**
   * The QazTech capabilities the Commission found missing (ids of the capability catalogue).
   * Added later: absent on records published before decisions recorded them.
   */
  capabilitiesFoundMissing?: MissingCapabilityV1[];
  /**
   * The chair's qualified electronic signature (ЭЦП/ЭЦҚ) over the decision, when it was signed:
   * the detached CMS, the exact bytes it signs and the signer's certificate, for anyone to check
   * with `openssl cms -verify` against NCA RK's root. Absent on records of unsigned decisions.
   */
  qualifiedSignature?: PublishedQualifiedSignatureV1;
}

export interface PublishedQualifiedSignatureV1 {
  /** Base64 of the detached CMS SignedData. */
  cms: string;
  /** Base64 of the bytes signed: the chair's decision as issued, in canonical JSON (RFC 8785). */
  content: string;
  contentDigest: string;
  cmsDigest: string;
  /** The chair's certificate, PEM. */
  certificate: string;
  certificateSerial: string;
  certificateIssuer: string;
  signer: { iin: string | null; bin: string | null; commonName: string; organization: string | null };
  algorithm: string;
  signingTime: string;
}

/** Either version, as the register keeps and serves them: a record is never rewritten. */
export type PublishedDecisionRecord = PublishedDecisionRecordV1 | PublishedDecisionRecordV2;

/**
 * The register published a record. `sequence` orders the register (gapless), and subscribers
 * receive records in that order. Superseded by v2 for new records; kept readable for old ones.
 */
export interface DecisionPublishedV1 {
  publicationId: string;
  sequence: number;
  decisionId: string;
  requestId: string;
  record: PublishedDecisionRecordV1;
  /** Compact JWS (EdDSA) over the record's canonical JSON; `kid` names the key in the JWKS. */
  jws: string;
  kid: string;
}

/** The register published a record of version 2; everything else as in v1. */
export interface DecisionPublishedV2 extends Omit<DecisionPublishedV1, 'record'> {
  record: PublishedDecisionRecordV2;
}

/**
 * An administrator subscribed an address to the register's webhooks. The signing secret is
 * never part of an event: the ledger keeps who did what, not the key.
 */
export interface WebhookSubscriptionCreatedV1 {
  subscriptionId: string;
  targetUrl: string;
  description: string;
  createdAt: string;
}

/** An administrator stopped a subscription; its deliveries still waiting were cancelled. */
export interface WebhookSubscriptionDisabledV1 {
  subscriptionId: string;
  disabledAt: string;
  cancelledDeliveries: number;
}

/** A subscription's signing secret was replaced; the old one still signs until the grace period ends. */
export interface WebhookSecretRotatedV1 {
  subscriptionId: string;
  rotatedAt: string;
  previousSecretValidUntil: string;
}

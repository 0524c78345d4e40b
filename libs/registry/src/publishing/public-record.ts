import {
  ActSignatureV1,
  DecisionIssuedV1,
  DecisionOutcome,
  PublicationKind,
  PublishedDecisionRecord,
  PublishedDecisionRecordV2,
  PublishedQualifiedSignatureV1,
} from '@qaztech/contracts';

export interface RecordPlacement {
  recordNumber: string;
  correctionOf: string | null;
  publishedAt: string;
}

/**
 * The decision as the register shows it, built field by field from what may be published
 * (DOMAIN: "What a published decision shows"). Nothing is copied wholesale, so whatever else an
 * event carries (tally, meeting and request ids, anything added later) stays out of the record.
 */
const grantsExemption = (outcome: DecisionOutcome): boolean => outcome === 'approved' || outcome === 'approved_with_conditions';

/** The chair's signature as the public sees it: what checking it takes, nothing of the CA's answer. */
function publishedSignature(signature: ActSignatureV1): PublishedQualifiedSignatureV1 {
  const { cms, content, contentDigest, cmsDigest, certificate, certificateSerial, certificateIssuer, signer, algorithm, signingTime } =
    signature;
  return {
    cms,
    content,
    contentDigest,
    cmsDigest,
    certificate,
    certificateSerial,
    certificateIssuer,
    signer: { ...signer },
    algorithm,
    signingTime,
  };
}

export function decisionRecord(decision: DecisionIssuedV1, placement: RecordPlacement): PublishedDecisionRecordV2 {
  return {
    recordNumber: placement.recordNumber,
    kind: 'decision',
    correctionOf: placement.correctionOf,
    decisionNumber: decision.decisionNumber,
    registrationNumber: decision.registrationNumber,
    applicant: { bin: decision.applicant.bin, nameKk: decision.applicant.nameKk, nameRu: decision.applicant.nameRu },
    system: { titleKk: decision.system.titleKk, titleRu: decision.system.titleRu, titleEn: decision.system.titleEn ?? null },
    reasonCategories: [...decision.reasonCategories],
    dataCategories: [...decision.dataCategories],
    budget: { amountKzt: decision.budget.amountKzt, fundingSource: decision.budget.fundingSource ?? null },
    outcome: decision.outcome,
    conditions: decision.conditions.map(({ text, owner, dueDate }) => ({ text, owner, dueDate })),
    validUntil: decision.validUntil ?? null,
    meeting: { date: decision.meeting.date, protocolNumber: decision.meeting.protocolNumber },
    texts: { kk: decision.reasoning.kk, ru: decision.reasoning.ru, en: decision.reasoning.en ?? null },
    signedBy: { name: decision.chair.name, position: decision.chair.position },
    decidedAt: decision.issuedAt,
    publishedAt: placement.publishedAt,
    exemptionInForce: grantsExemption(decision.outcome),
    revocation: null,
    // Ids of the capability catalogue and the gap: never the experts' findings behind them.
    capabilitiesFoundMissing: (decision.capabilitiesFoundMissing ?? []).map(({ capabilityId, gap }) => ({ capabilityId, gap })),
    ...(decision.signature ? { qualifiedSignature: publishedSignature(decision.signature) } : {}),
  };
}

/** What ended the exemption: a revocation with the chair's reasons, or the end of its validity. */
export type Ending = { kind: 'revocation'; reasons: string } | { kind: 'expiry' };

/**
 * A later record about the same decision (revocation, expiry): the decision as last published
 * (of either version), marked with what ended it, why, and when; the exemption is no longer in
 * force. `decidedAt` is the moment the change took effect.
 */
export function correctionRecord(
  previous: PublishedDecisionRecord,
  ending: Ending,
  decidedAt: string,
  placement: RecordPlacement,
): PublishedDecisionRecordV2 {
  return {
    ...previous,
    recordNumber: placement.recordNumber,
    kind: ending.kind satisfies Exclude<PublicationKind, 'decision'>,
    correctionOf: placement.correctionOf,
    decidedAt,
    publishedAt: placement.publishedAt,
    exemptionInForce: false,
    revocation: ending.kind === 'revocation' ? { reasons: ending.reasons } : null,
  };
}

/**
 * Record numbers: the decision's own record carries the decision number; the n-th record about
 * the same decision carries `<decisionNumber>.<n>` (n = 2, 3, …), given the records it already has.
 */
export function recordNumberFor(decisionNumber: string, existingRecords: number): string {
  if (!Number.isInteger(existingRecords) || existingRecords < 0) throw new RangeError('existingRecords must be a whole number ≥ 0');
  return existingRecords === 0 ? decisionNumber : `${decisionNumber}.${existingRecords + 1}`;
}

/** The calendar date in Kazakhstan (Asia/Almaty) of an instant: the register's decision date. */
export function almatyDate(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

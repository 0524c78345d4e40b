import { CapabilityGap } from './request-events';

/*
 * What the Commission's side says about a request's capability claims: the operator's answers
 * and counter-offer, the experts' ratings, what a decision accepted, and the obligation a refusal
 * on a counter-offer creates.
 */

/**
 * The platform operator's answer to one claimed gap: the gap is real (`confirmed`), the platform
 * already serves it (`available_now`) or will by a date (`available_by`), or the claim names no
 * capability the catalogue holds (`not_in_catalogue`).
 */
export const GAP_ANSWERS = ['confirmed', 'available_now', 'available_by', 'not_in_catalogue'] as const;
export type GapAnswer = (typeof GAP_ANSWERS)[number];

export interface GapAnswerV1 {
  /** The reason's position in the reviewed version's `justification.reasons`. */
  reasonIndex: number;
  capabilityId: string;
  answer: GapAnswer;
  /** The date the platform serves it, for `available_by`; null otherwise. */
  availableBy: string | null;
  note: string | null;
}

/** What the platform offers instead of the bespoke build, where it can serve. */
export interface CounterOfferV1 {
  capabilities: string[];
  deliveryDate: string;
  /** KZT, a decimal string with two decimals. */
  costKzt: string;
  terms: string | null;
}

/** How far a reason holds in the view of the security or legal expert. */
export const REASON_RATINGS = ['supported', 'partly', 'not_supported'] as const;
export type ReasonRating = (typeof REASON_RATINGS)[number];

export interface ReasonRatingV1 {
  reasonIndex: number;
  rating: ReasonRating;
  /** What the expert requires of the applicant; null when the reason is supported as it stands. */
  requiredAction: string | null;
}

export interface AcceptedGapV1 {
  reasonIndex: number;
  capabilityId: string;
  gap: CapabilityGap;
}

export interface MissingCapabilityV1 {
  capabilityId: string;
  /** `absent` when any accepted claim found it absent, else `insufficient`. */
  gap: CapabilityGap;
}

/**
 * The Commission refused the exemption because the platform can serve: the technical opinion's
 * counter-offer is now the platform operator's obligation to the applicant.
 */
export interface PlatformObligationRecordedV1 {
  obligationId: string;
  requestId: string;
  registrationNumber: string;
  agencyBin: string;
  decisionId: string;
  decisionNumber: string;
  /** The technical opinion that made the offer. */
  opinionId: string;
  offer: CounterOfferV1;
  /** Who made the offer for the operator. */
  offeredBy: { id: string; name: string };
  recordedAt: string;
}

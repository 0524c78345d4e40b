import { AgendaItemOutcome, DecisionOutcome } from '@qaztech/contracts';

/**
 * Which decisions may follow a vote. A carried motion grants the exemption (with or without
 * conditions); a failed one refuses it or sends it back; the chair may defer either way.
 */
const ALLOWED: Readonly<Record<AgendaItemOutcome, readonly DecisionOutcome[]>> = {
  carried: ['approved', 'approved_with_conditions', 'deferred'],
  not_carried: ['rejected', 'returned_for_revision', 'deferred'],
  no_quorum: [],
};

export function decisionFollowsVote(vote: AgendaItemOutcome, outcome: DecisionOutcome): boolean {
  return ALLOWED[vote].includes(outcome);
}

/** Outcomes that end the case; the others send it back to an earlier stage. */
export function isFinal(outcome: DecisionOutcome): boolean {
  return outcome === 'approved' || outcome === 'approved_with_conditions' || outcome === 'rejected';
}

export function isApproval(outcome: DecisionOutcome): boolean {
  return outcome === 'approved' || outcome === 'approved_with_conditions';
}

import { AgendaItemOutcome, VoteChoice, VoteTallyV1 } from '@qaztech/contracts';

/** The Commission's voting rules, from configuration: they change when its regulations do. */
export interface VotingRules {
  /** Quorum as a fraction of the membership that must be present and not recused. */
  quorum: { numerator: number; denominator: number };
  /** Whether an abstention is a vote cast (and so makes a majority harder to reach). */
  abstentionsCountAsCast: boolean;
}

export interface BallotCount {
  membership: number;
  present: number;
  /** Present members recused from this item. */
  recused: number;
  for: number;
  against: number;
  abstain: number;
  /** The chair's own vote on the item, if any. */
  chairVote: VoteChoice | null;
  /** A casting vote the chair gives when closing, used only when the chair's own vote cannot break the tie. */
  castingVote: 'for' | 'against' | null;
}

export type ItemResult = { outcome: AgendaItemOutcome; tally: VoteTallyV1 } | { outcome: 'needs_casting_vote' };

export function quorumMet(membership: number, eligiblePresent: number, rules: VotingRules): boolean {
  if (membership <= 0) return false;
  return eligiblePresent * rules.quorum.denominator >= membership * rules.quorum.numerator;
}

/**
 * The outcome of an item: without a quorum it is deferred; otherwise the motion carries with a
 * majority of the votes cast, and a tie between for and against is broken by the chair's vote.
 */
export function itemOutcome(count: BallotCount, rules: VotingRules): ItemResult {
  const tally = (castingVote: 'for' | 'against' | null, quorum: boolean): VoteTallyV1 => ({
    for: count.for,
    against: count.against,
    abstain: count.abstain,
    recused: count.recused,
    present: count.present,
    membership: count.membership,
    quorumMet: quorum,
    castingVote,
  });
  if (!quorumMet(count.membership, count.present - count.recused, rules)) return { outcome: 'no_quorum', tally: tally(null, false) };
  if (count.for === count.against && count.for > 0) {
    const casting = count.chairVote === 'for' || count.chairVote === 'against' ? count.chairVote : count.castingVote;
    if (!casting) return { outcome: 'needs_casting_vote' };
    return { outcome: casting === 'for' ? 'carried' : 'not_carried', tally: tally(casting, true) };
  }
  const cast = count.for + count.against + (rules.abstentionsCountAsCast ? count.abstain : 0);
  return { outcome: count.for * 2 > cast ? 'carried' : 'not_carried', tally: tally(null, true) };
}

import { parseFraction } from '../shared/fraction';
import { BallotCount, itemOutcome, quorumMet, VotingRules } from './quorum';

const rules: VotingRules = { quorum: { numerator: 2, denominator: 3 }, abstentionsCountAsCast: false };
const strict: VotingRules = { ...rules, abstentionsCountAsCast: true };

function count(partial: Partial<BallotCount>): BallotCount {
  return { membership: 9, present: 9, recused: 0, for: 0, against: 0, abstain: 0, chairVote: null, castingVote: null, ...partial };
}

describe('quorum', () => {
  it.each<[number, number, boolean]>([
    [9, 6, true],
    [9, 5, false],
    [7, 5, true],
    [7, 4, false],
    [3, 2, true],
    [0, 0, false],
  ])('membership %i, %i eligible present → %s', (membership, present, expected) => {
    expect(quorumMet(membership, present, rules)).toBe(expected);
  });
});

describe('outcome of an agenda item', () => {
  it.each<[string, Partial<BallotCount>, VotingRules, string, 'for' | 'against' | null]>([
    ['a plain majority carries', { for: 5, against: 3, abstain: 1 }, rules, 'carried', null],
    ['a plain majority against fails', { for: 3, against: 5 }, rules, 'not_carried', null],
    ['recusals can break the quorum', { present: 7, recused: 2, for: 5 }, rules, 'no_quorum', null],
    ['recused members do not count towards the quorum', { present: 7, recused: 1, for: 4, against: 2 }, rules, 'carried', null],
    ['absence breaks the quorum', { present: 5, for: 5 }, rules, 'no_quorum', null],
    ['a tie goes the chair’s way (for)', { for: 3, against: 3, chairVote: 'for' }, rules, 'carried', 'for'],
    ['a tie goes the chair’s way (against)', { for: 4, against: 4, chairVote: 'against' }, rules, 'not_carried', 'against'],
    [
      'an abstaining chair breaks a tie with a casting vote',
      { for: 3, against: 3, chairVote: 'abstain', castingVote: 'for' },
      rules,
      'carried',
      'for',
    ],
    [
      'the chair’s own vote wins over a casting vote',
      { for: 3, against: 3, chairVote: 'against', castingVote: 'for' },
      rules,
      'not_carried',
      'against',
    ],
    ['abstentions are not cast by default', { for: 3, against: 2, abstain: 4 }, rules, 'carried', null],
    ['abstentions can be counted as cast', { for: 3, against: 2, abstain: 4 }, strict, 'not_carried', null],
    ['nobody for or against fails', { abstain: 9 }, rules, 'not_carried', null],
  ])('%s', (_name, partial, votingRules, outcome, castingVote) => {
    const result = itemOutcome(count(partial), votingRules);
    expect(result.outcome).toBe(outcome);
    if (result.outcome !== 'needs_casting_vote') expect(result.tally.castingVote).toBe(castingVote);
  });

  it('asks for a casting vote when the chair did not vote for or against on a tie', () => {
    expect(itemOutcome(count({ for: 3, against: 3 }), rules).outcome).toBe('needs_casting_vote');
    expect(itemOutcome(count({ for: 2, against: 2, chairVote: 'abstain' }), rules).outcome).toBe('needs_casting_vote');
  });

  it('reports the tally', () => {
    const result = itemOutcome(count({ membership: 7, present: 7, recused: 1, for: 3, against: 3, chairVote: 'for' }), rules);
    expect(result).toEqual({
      outcome: 'carried',
      tally: { for: 3, against: 3, abstain: 0, recused: 1, present: 7, membership: 7, quorumMet: true, castingVote: 'for' },
    });
  });
});

describe('fractions', () => {
  it.each<[string, { numerator: number; denominator: number } | undefined]>([
    ['2/3', { numerator: 2, denominator: 3 }],
    [' 1 / 2 ', { numerator: 1, denominator: 2 }],
    ['3/2', undefined],
    ['0/3', undefined],
    ['two thirds', undefined],
  ])('%s', (raw, expected) => {
    expect(parseFraction(raw)).toEqual(expected);
  });
});

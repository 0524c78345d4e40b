import { AgendaItemOutcome, DecisionOutcome } from '@qaztech/contracts';
import { decisionFollowsVote, isApproval, isFinal } from './decision-rules';

describe('decisions after a vote', () => {
  it.each<[AgendaItemOutcome, DecisionOutcome, boolean]>([
    ['carried', 'approved', true],
    ['carried', 'approved_with_conditions', true],
    ['carried', 'deferred', true],
    ['carried', 'rejected', false],
    ['carried', 'returned_for_revision', false],
    ['not_carried', 'rejected', true],
    ['not_carried', 'returned_for_revision', true],
    ['not_carried', 'approved', false],
    ['no_quorum', 'deferred', false],
    ['no_quorum', 'approved', false],
  ])('%s → %s: %s', (vote, outcome, allowed) => {
    expect(decisionFollowsVote(vote, outcome)).toBe(allowed);
  });

  it('knows which outcomes end the case and which grant it', () => {
    expect(['approved', 'approved_with_conditions', 'rejected'].every((o) => isFinal(o as DecisionOutcome))).toBe(true);
    expect(isFinal('deferred') || isFinal('returned_for_revision')).toBe(false);
    expect(isApproval('approved_with_conditions') && !isApproval('rejected')).toBe(true);
  });
});

import { GapAnswerV1, RequestContentV1 } from '@qaztech/contracts';
import { acceptedClaimProblems, acceptedClaims, AcceptedClaimsInput } from './accepted-claims';

const content: RequestContentV1 = {
  justification: {
    reasons: [
      {
        category: 'performance_or_scale',
        capabilities: [
          { capabilityId: 'notifications', gap: 'insufficient', limit: '5 000/s', needed: '70 000/s' },
          { capabilityId: 'sirens', gap: 'absent' },
        ],
      },
      { category: 'special_hardware_or_network', capabilities: [{ capabilityId: 'notifications', gap: 'absent' }] },
      { category: 'other', capabilities: [{ capabilityId: 'env-prod', gap: 'absent' }] },
    ],
  },
};

const answers: GapAnswerV1[] = [
  { reasonIndex: 0, capabilityId: 'sirens', answer: 'not_in_catalogue', availableBy: null, note: null },
  { reasonIndex: 2, capabilityId: 'env-prod', answer: 'available_now', availableBy: null, note: null },
];
const opinions = { gapAnswers: answers, hasCounterOffer: true };
const fields = (input: AcceptedClaimsInput, onClaims = opinions) =>
  acceptedClaimProblems(content, input, onClaims).map((problem) => `${problem.field}:${problem.code}`);

describe('the claims a decision accepts', () => {
  it('accepts claimed gaps of accepted reasons', () => {
    const input = {
      outcome: 'approved' as const,
      acceptedReasons: [0, 1],
      acceptedGaps: [
        { reasonIndex: 0, capabilityId: 'notifications' },
        { reasonIndex: 1, capabilityId: 'notifications' },
      ],
    };
    expect(fields(input)).toEqual([]);
    expect(acceptedClaims(content, input)).toEqual({
      acceptedReasons: [0, 1],
      acceptedGaps: [
        { reasonIndex: 0, capabilityId: 'notifications', gap: 'insufficient' },
        { reasonIndex: 1, capabilityId: 'notifications', gap: 'absent' },
      ],
      // One entry per capability: absent wins over insufficient.
      capabilitiesFoundMissing: [{ capabilityId: 'notifications', gap: 'absent' }],
    });
  });

  it('refuses an unknown reason, an unclaimed gap, a gap of a reason not accepted and one unknown to the catalogue', () => {
    const input = {
      outcome: 'approved' as const,
      acceptedReasons: [0, 7],
      acceptedGaps: [
        { reasonIndex: 0, capabilityId: 'payments' },
        { reasonIndex: 2, capabilityId: 'env-prod' },
        { reasonIndex: 0, capabilityId: 'sirens' },
      ],
    };
    expect(fields(input)).toEqual([
      'acceptedReasons.1:NO_SUCH_REASON',
      'acceptedGaps.0:NOT_CLAIMED',
      'acceptedGaps.1:REASON_NOT_ACCEPTED',
      'acceptedGaps.2:NOT_IN_CATALOGUE',
    ]);
  });

  it('records no claims on an outcome that sends the case back', () => {
    expect(fields({ outcome: 'deferred', acceptedReasons: [0], acceptedGaps: [] })).toEqual(['acceptedReasons:NOT_EXPECTED_FOR_OUTCOME']);
  });

  it('binds the counter-offer only on a refusal, and only when the operator made one', () => {
    expect(fields({ outcome: 'rejected', bindCounterOffer: true })).toEqual([]);
    expect(fields({ outcome: 'approved', bindCounterOffer: true })).toEqual(['bindCounterOffer:ONLY_ON_REFUSAL']);
    expect(fields({ outcome: 'rejected', bindCounterOffer: true }, { gapAnswers: [], hasCounterOffer: false })).toEqual([
      'bindCounterOffer:NO_COUNTER_OFFER',
    ]);
  });
});

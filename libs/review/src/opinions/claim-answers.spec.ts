import { RequestContentV1 } from '@qaztech/contracts';
import { claimAssessmentProblems, ClaimAssessment, claimsOf } from './claim-answers';

const TODAY = '2026-12-05';
const content: RequestContentV1 = {
  justification: {
    reasons: [
      {
        category: 'performance_or_scale',
        capabilities: [
          { capabilityId: 'notifications', gap: 'insufficient', limit: '5 000/s', needed: '70 000/s' },
          { capabilityId: 'data-exchange', gap: 'absent' },
        ],
      },
      { category: 'special_hardware_or_network', capabilities: [{ capabilityId: 'env-prod', gap: 'absent' }] },
    ],
  },
};

const fields = (kind: 'technical' | 'security' | 'legal', body: ClaimAssessment) =>
  claimAssessmentProblems(kind, content, body, TODAY).map((problem) => `${problem.field}:${problem.code}`);

const allConfirmed = claimsOf(content).map(({ reasonIndex, capabilityId }) => ({
  reasonIndex,
  capabilityId,
  answer: 'confirmed' as const,
}));

describe("the platform operator's answers to the claimed gaps", () => {
  it('lists every claim of every reason', () => {
    expect(claimsOf(content).map(({ reasonIndex, capabilityId }) => `${reasonIndex}/${capabilityId}`)).toEqual([
      '0/notifications',
      '0/data-exchange',
      '1/env-prod',
    ]);
  });

  it('accepts an answer to every claim, with no offer where nothing can be served', () => {
    expect(fields('technical', { gapAnswers: allConfirmed })).toEqual([]);
  });

  it('names each claim left unanswered by its reason and position', () => {
    const problems = claimAssessmentProblems('technical', content, { gapAnswers: allConfirmed.slice(0, 1) }, TODAY);
    expect(problems).toEqual([
      { field: 'gapAnswers', code: 'CLAIM_UNANSWERED', params: { reason: 1, claim: 2 } },
      { field: 'gapAnswers', code: 'CLAIM_UNANSWERED', params: { reason: 2, claim: 1 } },
    ]);
  });

  it('refuses answers to claims the request does not make, and answering one twice', () => {
    const stray = { reasonIndex: 1, capabilityId: 'notifications', answer: 'confirmed' as const };
    expect(fields('technical', { gapAnswers: [...allConfirmed, stray, allConfirmed[0]!] })).toEqual([
      'gapAnswers.3:NOT_CLAIMED',
      'gapAnswers.4:DUPLICATE_VALUE',
    ]);
  });

  it('wants a future date for available_by, and no date for the other answers', () => {
    const answers = [
      { ...allConfirmed[0]!, answer: 'available_by' as const },
      { ...allConfirmed[1]!, availableBy: '2027-01-01' },
      { ...allConfirmed[2]!, answer: 'available_by' as const, availableBy: '2026-12-05' },
    ];
    expect(
      fields('technical', { gapAnswers: answers, counterOffer: { capabilities: ['notifications'], deliveryDate: '2027-06-01' } }),
    ).toEqual([
      'gapAnswers.0.availableBy:REQUIRED',
      'gapAnswers.1.availableBy:ONLY_WHEN_AVAILABLE_BY',
      'gapAnswers.2.availableBy:DATE_IN_PAST',
    ]);
  });

  it('wants a counter-offer where the platform can serve, offering only what it serves, delivered once available', () => {
    const answers = [
      { ...allConfirmed[0]!, answer: 'available_by' as const, availableBy: '2027-09-01' },
      { ...allConfirmed[1]!, answer: 'available_now' as const },
      allConfirmed[2]!,
    ];
    expect(fields('technical', { gapAnswers: answers })).toEqual(['counterOffer:REQUIRED']);
    const offer = { capabilities: ['notifications', 'data-exchange'], deliveryDate: '2027-10-01' };
    expect(fields('technical', { gapAnswers: answers, counterOffer: offer })).toEqual([]);
    expect(fields('technical', { gapAnswers: answers, counterOffer: { ...offer, capabilities: ['env-prod'] } })).toEqual([
      'counterOffer.capabilities.0:NOT_OFFERABLE',
    ]);
    expect(fields('technical', { gapAnswers: answers, counterOffer: { ...offer, deliveryDate: '2027-08-01' } })).toEqual([
      'counterOffer.deliveryDate:DATE_ORDER',
    ]);
  });

  it('refuses a counter-offer where the platform serves nothing, and ratings in a technical opinion', () => {
    const offer = { capabilities: ['notifications'], deliveryDate: '2027-10-01' };
    const ratings = [{ reasonIndex: 0, rating: 'supported' as const }];
    expect(fields('technical', { gapAnswers: allConfirmed, counterOffer: offer, reasonRatings: ratings })).toEqual([
      'reasonRatings:NOT_FOR_THIS_OPINION',
      'counterOffer:NOTHING_TO_OFFER',
    ]);
  });
});

describe.each(['security', 'legal'] as const)('the %s expert’s ratings of the reasons', (kind) => {
  it('accepts a rating of every reason, with the action required where it does not fully hold', () => {
    const ratings = [
      { reasonIndex: 0, rating: 'partly' as const, requiredAction: 'Представить результаты нагрузочного тестирования' },
      { reasonIndex: 1, rating: 'supported' as const },
    ];
    expect(fields(kind, { reasonRatings: ratings })).toEqual([]);
  });

  it('names the reason left unrated, a rating without its action, a second rating and an unknown reason', () => {
    const ratings = [
      { reasonIndex: 0, rating: 'not_supported' as const, requiredAction: ' ' },
      { reasonIndex: 0, rating: 'supported' as const },
      { reasonIndex: 5, rating: 'supported' as const },
    ];
    expect(claimAssessmentProblems(kind, content, { reasonRatings: ratings }, TODAY)).toEqual([
      { field: 'reasonRatings.0.requiredAction', code: 'REQUIRED' },
      { field: 'reasonRatings.1.reasonIndex', code: 'DUPLICATE_VALUE' },
      { field: 'reasonRatings.2.reasonIndex', code: 'NO_SUCH_REASON' },
      { field: 'reasonRatings', code: 'REASON_UNRATED', params: { reason: 2 } },
    ]);
  });

  it('refuses answers to gaps and a counter-offer, which are the operator’s', () => {
    const ratings = [0, 1].map((reasonIndex) => ({ reasonIndex, rating: 'supported' as const }));
    const offer = { capabilities: ['notifications'], deliveryDate: '2027-10-01' };
    expect(fields(kind, { reasonRatings: ratings, gapAnswers: allConfirmed, counterOffer: offer })).toEqual([
      'gapAnswers:NOT_FOR_THIS_OPINION',
      'counterOffer:NOT_FOR_THIS_OPINION',
    ]);
  });
});

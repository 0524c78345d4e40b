import { randomUUID } from 'node:crypto';
import { DomainError } from '@qaztech/platform';
import { IssueDecisionUseCase } from '../../../libs/review/src/decisions/issue-decision.use-case';
import { SubmitOpinionUseCase } from '../../../libs/review/src/opinions/submit-opinion.use-case';
import { ClaimTaskUseCase } from '../../../libs/review/src/tasks/claim-task.use-case';
import { CastVoteUseCase } from '../../../libs/review/src/voting/cast-vote.use-case';
import { CloseItemUseCase } from '../../../libs/review/src/voting/close-item.use-case';
import { assessmentFor, randomBin } from '../../support/fixtures';
import { accepted, carried, CHAIR, liveTask, meetingHeld, MEMBERS, onAgenda, REASONING } from './support/case-steps';
import { contextOf, expert, ReviewComponent } from './support/review-component';

/*
 * The fixture's request claims, in its one reason (state secrets), that QazTech's production
 * environment is insufficient (env-prod) and that it has no document storage fit for the data
 * (document-storage).
 */
const OFFER = {
  capabilities: ['env-prod', 'document-storage'],
  deliveryDate: '2027-10-01',
  costKzt: '350000000.00',
  terms: 'Изолированный контур',
};
const SERVING_ANSWERS = [
  { reasonIndex: 0, capabilityId: 'env-prod', answer: 'available_by' as const, availableBy: '2027-09-01' },
  { reasonIndex: 0, capabilityId: 'document-storage', answer: 'available_now' as const },
];

describe('review component: opinions and decisions on the claims', () => {
  let component: ReviewComponent;

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterAll(async () => {
    await component.close();
  });

  async function opinion(requestId: string, stage: 'technical' | 'security' | 'legal', claims: object, verdict = 'supports' as const) {
    const task = await liveTask(component, requestId, stage);
    await component.get(ClaimTaskUseCase).execute(contextOf(expert(stage)), task.id);
    return component
      .get(SubmitOpinionUseCase)
      .execute(contextOf(expert(stage)), task.id, { version: 1, verdict, findings: `Заключение ${stage}`, ...claims });
  }

  /** Opinions given, the platform offering itself; the item on a meeting's agenda. */
  async function onAgendaWithOffer(bin = randomBin()): Promise<{ requestId: string; itemId: string }> {
    const requestId = await accepted(component, randomUUID(), bin);
    await opinion(requestId, 'technical', { gapAnswers: SERVING_ANSWERS, counterOffer: OFFER }, 'objects' as never);
    await opinion(requestId, 'security', assessmentFor('security'));
    await opinion(requestId, 'legal', {
      reasonRatings: [{ reasonIndex: 0, rating: 'partly', requiredAction: 'Приложить акт отнесения сведений к государственным секретам' }],
    });
    return { requestId, itemId: await onAgenda(component, requestId, await meetingHeld(component)) };
  }

  it("keeps the operator's answer to each gap and its counter-offer, and announces them with the opinion", async () => {
    const requestId = await accepted(component);
    const view = await opinion(requestId, 'technical', { gapAnswers: SERVING_ANSWERS, counterOffer: OFFER }, 'objects' as never);
    expect(view.counterOffer).toEqual(OFFER);
    const row = await component.row('SELECT gap_answers, counter_offer, reason_ratings FROM review.opinions WHERE id = $1', [view.id]);
    expect(row).toEqual({
      gap_answers: [
        { reasonIndex: 0, capabilityId: 'env-prod', answer: 'available_by', availableBy: '2027-09-01', note: null },
        { reasonIndex: 0, capabilityId: 'document-storage', answer: 'available_now', availableBy: null, note: null },
      ],
      counter_offer: OFFER,
      reason_ratings: [],
    });
    const [given] = await component.events(requestId, 'review.opinion_submitted.v1');
    expect(given!.payload).toMatchObject({ kind: 'technical', gapAnswers: row.gap_answers, counterOffer: OFFER });
    expect(given!.payload).not.toHaveProperty('reasonRatings');
  });

  it('refuses an opinion that leaves a claim unanswered or a reason unrated, and writes nothing', async () => {
    const requestId = await accepted(component);
    const error: DomainError = await opinion(requestId, 'technical', { gapAnswers: SERVING_ANSWERS.slice(0, 1) }).catch((e) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(error.details).toEqual([
      { field: 'gapAnswers', code: 'CLAIM_UNANSWERED', params: { reason: 1, claim: 2 } },
      { field: 'counterOffer', code: 'REQUIRED' },
    ]);
    const security = await liveTask(component, requestId, 'security');
    await component.get(ClaimTaskUseCase).execute(contextOf(expert('security')), security.id);
    await expect(
      component
        .get(SubmitOpinionUseCase)
        .execute(contextOf(expert('security')), security.id, { version: 1, verdict: 'supports', findings: '…' }),
    ).rejects.toMatchObject({ details: [{ field: 'reasonRatings', code: 'REASON_UNRATED', params: { reason: 1 } }] });
    expect(await component.rows('SELECT 1 FROM review.opinions WHERE request_id = $1', [requestId])).toEqual([]);
    expect(await component.events(requestId, 'review.opinion_submitted.v1')).toEqual([]);
  });

  it("makes the counter-offer the operator's obligation to the applicant when the Commission refuses on it", async () => {
    const bin = randomBin();
    const { requestId, itemId } = await onAgendaWithOffer(bin);
    for (const voter of [CHAIR, ...MEMBERS]) await component.get(CastVoteUseCase).vote(contextOf(voter), itemId, { choice: 'against' });
    await component.get(CloseItemUseCase).execute(contextOf(CHAIR), itemId, {});
    const decision = await component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, {
      outcome: 'rejected',
      reasoning: REASONING,
      chairPosition: 'Председатель Комиссии',
      acceptedReasons: [],
      bindCounterOffer: true,
    });
    expect(decision).toMatchObject({ acceptedReasons: [], acceptedGaps: [], capabilitiesFoundMissing: [] });
    const types = await component.eventTypes(requestId);
    expect(types.slice(-2)).toEqual(['decision.issued.v1', 'platform.obligation_recorded.v1']);
    const [obligation] = await component.events(requestId, 'platform.obligation_recorded.v1');
    expect(obligation).toMatchObject({
      actor: { role: 'commission.chair' },
      payload: {
        requestId,
        agencyBin: bin,
        decisionId: decision.decisionId,
        decisionNumber: decision.decisionNumber,
        offer: OFFER,
        offeredBy: { id: 'expert-technical' },
      },
    });
  });

  it('records the accepted claims and the capabilities found missing; an unfounded acceptance is refused', async () => {
    const { requestId, itemId } = await onAgendaWithOffer();
    await carried(component, itemId);
    const base = { outcome: 'approved' as const, reasoning: REASONING, validUntil: '2030-12-31', chairPosition: 'Председатель Комиссии' };
    await expect(
      component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, {
        ...base,
        acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod' }],
        bindCounterOffer: true,
      }),
    ).rejects.toMatchObject({
      details: [
        { field: 'acceptedGaps.0', code: 'REASON_NOT_ACCEPTED' },
        { field: 'bindCounterOffer', code: 'ONLY_ON_REFUSAL' },
      ],
    });
    expect(await component.events(requestId, 'decision.issued.v1')).toEqual([]);
    const decision = await component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, {
      ...base,
      acceptedReasons: [0],
      acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod' }],
    });
    expect(decision).toMatchObject({
      acceptedReasons: [0],
      acceptedGaps: [{ reasonIndex: 0, capabilityId: 'env-prod', gap: 'insufficient' }],
      capabilitiesFoundMissing: [{ capabilityId: 'env-prod', gap: 'insufficient' }],
    });
    expect(await component.events(requestId, 'platform.obligation_recorded.v1')).toEqual([]);
  });
});

import { expiryJobId } from '@qaztech/review';
import { IssueDecisionUseCase } from '../../../libs/review/src/decisions/issue-decision.use-case';
import { MinutesQuery } from '../../../libs/review/src/decisions/minutes.query';
import { RequestReconsiderationUseCase } from '../../../libs/review/src/decisions/request-reconsideration.use-case';
import { RevokeDecisionUseCase } from '../../../libs/review/src/decisions/revoke-decision.use-case';
import { randomBin } from '../../support/fixtures';
import { approved, carried, CHAIR, meetingHeld, onAgenda, readyForAgenda, REASONING } from './support/case-steps';
import { contextOf, ReviewComponent } from './support/review-component';

describe('review component: decisions', () => {
  let component: ReviewComponent;
  const decisionRow = (id: string) =>
    component.row('SELECT status, outcome, valid_until::text AS valid_until, decision_number FROM review.decisions WHERE id = $1', [id]);

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterAll(async () => {
    await component.close();
  });

  it('issues an approval: the decision in force, the case decided, one event, and its expiry timer', async () => {
    const { requestId, itemId, decisionId } = await approved(component, '2030-06-30');
    expect(await decisionRow(decisionId)).toMatchObject({ status: 'in_force', outcome: 'approved', valid_until: '2030-06-30' });
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'decided' });
    const [issued] = await component.events(requestId, 'decision.issued.v1');
    expect(issued).toMatchObject({
      actor: { role: 'commission.chair' },
      payload: { decisionId, outcome: 'approved', validUntil: '2030-06-30' },
    });
    expect(issued!.payload.decisionNumber).toMatch(/^QTX-D-\d{4}-\d{4}$/);
    expect(await component.timerIds()).toContain(expiryJobId(decisionId, '2030-06-30'));
    const minutes = await component.get(MinutesQuery).of(issued!.payload.meeting.id);
    expect(minutes.items.find((item) => item.itemId === itemId)?.decision).toMatchObject({ id: decisionId, outcome: 'approved' });
    await expect(
      component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, {
        outcome: 'approved',
        reasoning: REASONING,
        validUntil: '2030-06-30',
        chairPosition: 'Председатель',
      }),
    ).rejects.toMatchObject({ code: 'DECISION_ALREADY_ISSUED' });
  });

  it('numbers decisions one after another within a year', async () => {
    const first = await approved(component);
    const second = await approved(component);
    const number = async (id: string) => Number(((await decisionRow(id)).decision_number as string).slice(-4));
    expect(await number(second.decisionId)).toBe((await number(first.decisionId)) + 1);
  });

  it('refuses a decision that contradicts the vote, writing nothing', async () => {
    const requestId = await readyForAgenda(component);
    const itemId = await onAgenda(component, requestId, await meetingHeld(component));
    await carried(component, itemId);
    const before = await component.eventTypes(requestId);
    const body = { outcome: 'rejected' as const, reasoning: REASONING, chairPosition: 'Председатель' };
    await expect(component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, body)).rejects.toMatchObject({
      code: 'OUTCOME_MISMATCH',
    });
    expect(await component.rows('SELECT 1 FROM review.decisions WHERE request_id = $1', [requestId])).toEqual([]);
    expect(await component.eventTypes(requestId)).toEqual(before);
  });

  it('refuses a decision before the day of its meeting', async () => {
    const requestId = await readyForAgenda(component);
    const itemId = await onAgenda(component, requestId, await meetingHeld(component, undefined, '2099-01-15'));
    await carried(component, itemId);
    const body = { outcome: 'approved' as const, reasoning: REASONING, validUntil: '2099-12-31', chairPosition: 'Председатель' };
    await expect(component.get(IssueDecisionUseCase).execute(contextOf(CHAIR), itemId, body)).rejects.toMatchObject({
      code: 'MEETING_NOT_HELD_YET',
    });
    expect(await component.rows('SELECT 1 FROM review.decisions WHERE request_id = $1', [requestId])).toEqual([]);
  });

  it('revokes an exemption in force with its reasons', async () => {
    const { requestId, decisionId } = await approved(component);
    await component.get(RevokeDecisionUseCase).execute(contextOf(CHAIR), decisionId, { reasons: ' Нарушены условия ' });
    expect(
      await component.row('SELECT status, revocation_reasons, revoked_at IS NOT NULL AS revoked FROM review.decisions WHERE id = $1', [
        decisionId,
      ]),
    ).toEqual({
      status: 'revoked',
      revocation_reasons: 'Нарушены условия',
      revoked: true,
    });
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'revoked' });
    const [revoked] = await component.events(requestId, 'decision.revoked.v1');
    expect(revoked!.payload).toMatchObject({ decisionId, reasons: 'Нарушены условия' });
    await expect(component.get(RevokeDecisionUseCase).execute(contextOf(CHAIR), decisionId, { reasons: 'Ещё раз' })).rejects.toMatchObject({
      code: 'DECISION_NOT_IN_FORCE',
    });
  });

  it("opens a reconsideration at the applicant's request: round 2, the first reviewers barred, three new expert tasks", async () => {
    const bin = randomBin();
    const { requestId, decisionId } = await approved(component, '2030-12-31', bin);
    const signatory = { subject: 'signatory-1', name: 'Подписант', roles: ['agency.signatory' as const], agencyBin: bin };
    const stranger = { ...signatory, agencyBin: randomBin() };
    const reconsider = component.get(RequestReconsiderationUseCase);
    await expect(reconsider.execute(contextOf(stranger), decisionId, { grounds: 'Не согласны' })).rejects.toMatchObject({
      code: 'DECISION_NOT_FOUND',
    });
    const event = await reconsider.execute(contextOf(signatory), decisionId, { grounds: ' Не согласны ' });
    const theCase = await component.row(
      'SELECT status, round, excluded_reviewers, reconsidered_decision_id FROM review.requests WHERE id = $1',
      [requestId],
    );
    expect(theCase).toMatchObject({ status: 'reconsideration', round: 2, reconsidered_decision_id: decisionId });
    expect([...theCase.excluded_reviewers].sort()).toEqual(['expert-legal', 'expert-security', 'expert-technical']);
    const opened = await component.rows("SELECT id, priority FROM review.tasks WHERE request_id = $1 AND round = 2 AND status = 'open'", [
      requestId,
    ]);
    expect(opened.map((task) => task.id).sort()).toEqual([...event.expertTaskIds].sort());
    expect(opened.every((task) => task.priority === 1)).toBe(true);
    expect(
      await component.row('SELECT reconsideration_requested_at IS NOT NULL AS asked FROM review.decisions WHERE id = $1', [decisionId]),
    ).toEqual({
      asked: true,
    });
    expect((await component.eventTypes(requestId)).at(-1)).toBe('reconsideration.requested.v1');
    await expect(reconsider.execute(contextOf(signatory), decisionId, { grounds: 'Ещё раз' })).rejects.toMatchObject({
      code: 'RECONSIDERATION_NOT_ALLOWED',
    });
  });
});

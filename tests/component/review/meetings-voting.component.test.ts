import { randomUUID } from 'node:crypto';
import { PlaceOnAgendaUseCase } from '../../../libs/review/src/meetings/place-on-agenda.use-case';
import { ScheduleMeetingUseCase } from '../../../libs/review/src/meetings/schedule-meeting.use-case';
import { CastVoteUseCase } from '../../../libs/review/src/voting/cast-vote.use-case';
import { CloseItemUseCase } from '../../../libs/review/src/voting/close-item.use-case';
import { randomBin } from '../../support/fixtures';
import { CHAIR, liveTask, MEMBERS, meetingHeld, onAgenda, readyForAgenda } from './support/case-steps';
import { contextOf, ReviewComponent, SECRETARY } from './support/review-component';

describe('review component: meetings and voting', () => {
  let component: ReviewComponent;

  beforeAll(async () => {
    component = await ReviewComponent.start();
  });

  afterAll(async () => {
    await component.close();
  });

  it('schedules a meeting once per protocol number and records who came', async () => {
    const schedule = component.get(ScheduleMeetingUseCase);
    const members = [
      { id: 'chair-1', name: ' Председатель ', chair: true },
      { id: 'member-1', name: 'Член 1' },
    ];
    const body = { date: '2026-01-20', protocolNumber: `P-${randomUUID()}`, members };
    const meeting = await schedule.schedule(contextOf(SECRETARY), body);
    await expect(schedule.schedule(contextOf(SECRETARY), body)).rejects.toMatchObject({ code: 'PROTOCOL_NUMBER_TAKEN' });
    await expect(schedule.recordAttendance(contextOf(SECRETARY), meeting.id, { present: ['stranger'] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await schedule.recordAttendance(contextOf(SECRETARY), meeting.id, { present: ['chair-1'] });
    const row = await component.row(
      'SELECT protocol_number, members, present, attendance_recorded_at IS NOT NULL AS recorded FROM review.meetings WHERE id = $1',
      [meeting.id],
    );
    expect(row).toMatchObject({ protocol_number: body.protocolNumber, present: ['chair-1'], recorded: true });
    expect(row.members[0]).toEqual({ id: 'chair-1', name: 'Председатель', organisationBin: null, chair: true });
    const events = (await component.events(null)).filter((event) => event.payload.meetingId === meeting.id);
    expect(events.map((event) => event.type)).toEqual(['meeting.scheduled.v1', 'meeting.attendance_recorded.v1']);
  });

  it('places a ready case on the agenda, recusing the applicant member and closing the agenda task', async () => {
    const bin = randomBin();
    const requestId = await readyForAgenda(component, randomUUID(), bin);
    const agendaTask = await liveTask(component, requestId, 'agenda');
    const meetingId = await meetingHeld(component, { bin });
    const item = await component.get(PlaceOnAgendaUseCase).execute(contextOf(SECRETARY), meetingId, requestId);
    expect(item).toMatchObject({ position: 1, status: 'open', recused: [MEMBERS[2]!.subject] });
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'on_agenda' });
    expect(await component.row('SELECT status, outcome FROM review.tasks WHERE id = $1', [agendaTask.id])).toEqual({
      status: 'done',
      outcome: 'placed_on_agenda',
    });
    expect(await component.rows('SELECT member_id, choice, grounds FROM review.votes WHERE item_id = $1', [item.id])).toEqual([
      { member_id: MEMBERS[2]!.subject, choice: 'recused', grounds: 'applicant_organisation' },
    ]);
    const [placed, recusal] = (await component.events(requestId)).slice(-2);
    expect(placed).toMatchObject({ type: 'request.placed_on_agenda.v1', actor: { id: SECRETARY.subject } });
    expect(recusal).toMatchObject({ type: 'vote.recused.v1', actor: { id: 'system' }, causedBy: { eventId: placed!.id } });
    await expect(component.get(PlaceOnAgendaUseCase).execute(contextOf(SECRETARY), meetingId, requestId)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('takes one vote per member, recuses a member whose token names the applicant, and records a declared conflict', async () => {
    const bin = randomBin();
    const requestId = await readyForAgenda(component, randomUUID(), bin);
    const itemId = await onAgenda(component, requestId, await meetingHeld(component));
    const cast = component.get(CastVoteUseCase);
    await cast.vote(contextOf(MEMBERS[0]!), itemId, { choice: 'for', reason: ' Поддерживаю ' });
    await expect(cast.vote(contextOf(MEMBERS[0]!), itemId, { choice: 'against' })).rejects.toMatchObject({ code: 'ALREADY_VOTED' });
    await expect(cast.vote(contextOf({ ...MEMBERS[1]!, organisationBin: bin }), itemId, { choice: 'for' })).rejects.toMatchObject({
      code: 'RECUSED',
    });
    await cast.declareConflict(contextOf(MEMBERS[2]!), itemId, { reason: 'Родственник заявителя' });
    const votes = await component.rows(
      'SELECT member_id, choice, grounds, reason FROM review.votes WHERE item_id = $1 ORDER BY member_id',
      [itemId],
    );
    expect(votes).toEqual([
      { member_id: 'member-1', choice: 'for', grounds: null, reason: 'Поддерживаю' },
      { member_id: 'member-2', choice: 'recused', grounds: 'applicant_organisation', reason: null },
      { member_id: 'member-3', choice: 'recused', grounds: 'declared_conflict', reason: 'Родственник заявителя' },
    ]);
    const events = (await component.events(requestId)).slice(-3);
    expect(events.map((event) => [event.type, event.payload.memberId, event.actor.id])).toEqual([
      ['vote.cast.v1', 'member-1', 'member-1'],
      ['vote.recused.v1', 'member-2', 'system'],
      ['vote.recused.v1', 'member-3', 'member-3'],
    ]);
    // The refused vote left no event: the recusal names the member whose vote set it off.
    expect(events[1]!.causedBy).toMatchObject({ eventId: null, actor: { id: 'member-2' } });
  });

  it('closes a carried item with its tally', async () => {
    const requestId = await readyForAgenda(component);
    const itemId = await onAgenda(component, requestId, await meetingHeld(component));
    for (const voter of [CHAIR, ...MEMBERS]) await component.get(CastVoteUseCase).vote(contextOf(voter), itemId, { choice: 'for' });
    const closed = await component.get(CloseItemUseCase).execute(contextOf(CHAIR), itemId, {});
    expect(closed.outcome).toBe('carried');
    const item = await component.row('SELECT status, outcome, tally FROM review.agenda_items WHERE id = $1', [itemId]);
    expect(item).toMatchObject({ status: 'closed', outcome: 'carried', tally: closed.tally });
    const [event] = await component.events(requestId, 'agenda.item_closed.v1');
    expect(event).toMatchObject({ actor: { role: 'commission.chair' }, payload: { itemId, outcome: 'carried' } });
    await expect(component.get(CastVoteUseCase).vote(contextOf(MEMBERS[0]!), itemId, { choice: 'for' })).rejects.toMatchObject({
      code: 'VOTING_CLOSED',
    });
  });

  it('defers an item without a quorum: the case goes back before the agenda with a new agenda task', async () => {
    const requestId = await readyForAgenda(component);
    const meetingId = await meetingHeld(component);
    await component.get(ScheduleMeetingUseCase).recordAttendance(contextOf(SECRETARY), meetingId, { present: [CHAIR.subject] });
    const itemId = await onAgenda(component, requestId, meetingId);
    const closed = await component.get(CloseItemUseCase).execute(contextOf(CHAIR), itemId, {});
    expect(closed.outcome).toBe('no_quorum');
    expect(await component.row('SELECT status FROM review.requests WHERE id = $1', [requestId])).toEqual({ status: 'expert_review' });
    await liveTask(component, requestId, 'agenda');
    const [closedEvent, deferred, reopened] = (await component.events(requestId)).slice(-3);
    expect([closedEvent!.type, deferred!.type, reopened!.type]).toEqual([
      'agenda.item_closed.v1',
      'request.deferred.v1',
      'review.task_created.v1',
    ]);
    expect(closedEvent!.actor.id).toBe(CHAIR.subject);
    for (const step of [deferred, reopened])
      expect(step).toMatchObject({ actor: { id: 'system' }, causedBy: { eventId: closedEvent!.id } });
  });
});

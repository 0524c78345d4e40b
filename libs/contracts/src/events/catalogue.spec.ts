import { CONTEXTS } from './envelope';
import { EVENT_ROUTES, EVENT_TYPES, eventsConsumedBy, isKnownEventType } from './catalogue';

describe('event catalogue', () => {
  it('names every event as a past-tense fact with a version', () => {
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z]+\.[a-z_]+\.v\d+$/);
  });

  it('sends every event to the audit ledger', () => {
    for (const type of EVENT_TYPES) expect(EVENT_ROUTES[type].consumers).toContain('audit');
  });

  it('never routes an event back to its own source, except the ledger recording its own events', () => {
    for (const type of EVENT_TYPES) {
      const { source, consumers } = EVENT_ROUTES[type];
      const expected = source === 'audit' ? consumers.filter((consumer) => consumer !== 'audit') : consumers;
      expect(expected).not.toContain(source);
    }
  });

  it('lets every context hear a redelivery request, since any of them may be the source asked', () => {
    for (const context of CONTEXTS) expect(eventsConsumedBy(context)).toContain('audit.redelivery_requested.v1');
  });

  it('tells a context what it must handle', () => {
    expect(eventsConsumedBy('intake')).toEqual([
      'request.returned.v1',
      'request.screening_started.v1',
      'request.accepted_for_review.v1',
      'request.placed_on_agenda.v1',
      'request.deferred.v1',
      'decision.issued.v1',
      'decision.revoked.v1',
      'reconsideration.requested.v1',
      'exemption.expired.v1',
      'audit.redelivery_requested.v1',
    ]);
    expect(eventsConsumedBy('audit')).toEqual(EVENT_TYPES);
    expect(eventsConsumedBy('review')).toEqual(
      expect.arrayContaining(['request.submitted.v1', 'request.resubmitted.v1', 'request.withdrawn.v1']),
    );
    for (const context of CONTEXTS) expect(Array.isArray(eventsConsumedBy(context))).toBe(true);
  });

  it('recognises only catalogued types', () => {
    expect(isKnownEventType('request.submitted.v1')).toBe(true);
    expect(isKnownEventType('request.submitted.v2')).toBe(false);
    expect(isKnownEventType('toString')).toBe(false);
  });
});

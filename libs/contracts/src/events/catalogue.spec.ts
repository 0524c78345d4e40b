import { CONTEXTS } from './envelope';
import { EVENT_ROUTES, EVENT_TYPES, eventsConsumedBy, isKnownEventType } from './catalogue';

describe('event catalogue', () => {
  it('names every event as a past-tense fact with a version', () => {
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z]+\.[a-z_]+\.v\d+$/);
  });

  it('sends every event to the audit ledger', () => {
    for (const type of EVENT_TYPES) expect(EVENT_ROUTES[type].consumers).toContain('audit');
  });

  it('routes an event back to its own source only where that source works from it', () => {
    // The ledger records its own events; the register fans webhook deliveries out of its own publications.
    const selfRouted = EVENT_TYPES.filter((type) => EVENT_ROUTES[type].consumers.includes(EVENT_ROUTES[type].source));
    const outsideTheLedger = selfRouted.filter((type) => EVENT_ROUTES[type].source !== 'audit');
    expect(outsideTheLedger).toEqual(['decision.published.v1', 'decision.published.v2']);
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
      'platform.obligation_recorded.v1',
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

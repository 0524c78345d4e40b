import { isAheadOf, allowedActions, nextStatus, REQUEST_ACTIONS, REQUEST_STATUSES, RequestAction, RequestStatus } from './request-status';

describe('request lifecycle', () => {
  it.each<[RequestStatus, RequestAction, RequestStatus]>([
    ['draft', 'edit', 'draft'],
    ['returned', 'edit', 'returned'],
    ['draft', 'submit', 'submitted'],
    ['returned', 'resubmit', 'submitted'],
    ['submitted', 'start_screening', 'screening'],
    ['screening', 'return_for_revision', 'returned'],
    ['submitted', 'return_for_revision', 'returned'],
    ['on_agenda', 'return_for_revision', 'returned'],
    ['screening', 'accept_for_review', 'expert_review'],
    ['expert_review', 'place_on_agenda', 'on_agenda'],
    ['on_agenda', 'defer', 'expert_review'],
    ['on_agenda', 'decide', 'decided'],
    ['decided', 'publish', 'published'],
    ['published', 'expire', 'expired'],
    ['published', 'revoke', 'revoked'],
    ['published', 'request_reconsideration', 'reconsideration'],
    ['reconsideration', 'decide', 'decided'],
    ['decided', 'revoke', 'revoked'],
    ['decided', 'expire', 'expired'],
    ['decided', 'request_reconsideration', 'reconsideration'],
    ['reconsideration', 'place_on_agenda', 'reconsideration'],
    ['reconsideration', 'defer', 'reconsideration'],
    ['draft', 'withdraw', 'withdrawn'],
    ['on_agenda', 'withdraw', 'withdrawn'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each<[RequestStatus, RequestAction]>([
    ['submitted', 'edit'],
    ['submitted', 'submit'],
    ['draft', 'resubmit'],
    ['returned', 'submit'],
    ['decided', 'withdraw'],
    ['published', 'withdraw'],
    ['withdrawn', 'submit'],
    ['withdrawn', 'withdraw'],
    ['draft', 'decide'],
    ['expired', 'revoke'],
    ['reconsideration', 'request_reconsideration'],
    ['returned', 'place_on_agenda'],
  ])('refuses %s --%s-->', (from, action) => {
    expect(nextStatus(from, action)).toBeUndefined();
  });

  it('ends in withdrawn, expired and revoked', () => {
    for (const status of ['withdrawn', 'expired', 'revoked'] as const) expect(allowedActions(status)).toEqual([]);
  });

  it('lets a request leave every non-final status some way', () => {
    const terminal = new Set<RequestStatus>(['withdrawn', 'expired', 'revoked']);
    for (const status of REQUEST_STATUSES.filter((s) => !terminal.has(s))) {
      const exits = allowedActions(status).filter((action) => nextStatus(status, action) !== status);
      expect(exits.length).toBeGreaterThan(0);
    }
  });

  it('has every action reachable from some status', () => {
    for (const action of REQUEST_ACTIONS) {
      expect(REQUEST_STATUSES.some((status) => nextStatus(status, action) !== undefined)).toBe(true);
    }
  });

  describe('isAheadOf', () => {
    it.each([
      ['submitted', 'accept_for_review', true],
      ['submitted', 'place_on_agenda', true],
      ['screening', 'decide', true],
      ['expert_review', 'defer', true],
      ['expert_review', 'decide', true],
      ['on_agenda', 'accept_for_review', false],
      ['submitted', 'start_screening', false],
      ['returned', 'accept_for_review', false],
      ['withdrawn', 'accept_for_review', false],
      ['decided', 'publish', false],
    ] as const)('%s, then %s: early = %s', (status, action, early) => {
      expect(isAheadOf(status, action)).toBe(early);
    });

    it('never calls an action early where the table allows it', () => {
      for (const status of REQUEST_STATUSES) {
        for (const action of REQUEST_ACTIONS) {
          if (nextStatus(status, action) !== undefined) expect(isAheadOf(status, action)).toBe(false);
        }
      }
    });
  });
});

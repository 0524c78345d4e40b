import { DeliveryState, isDelivered, nextStep } from './delivery-rule';

describe('webhook delivery rule', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const earlier = new Date(now.getTime() - 1_000);
  const later = new Date(now.getTime() + 1_000);
  const due: DeliveryState = { status: 'pending', nextAttemptAt: earlier, claimedUntil: null, earlierPending: 0 };

  it('sends a pending delivery that is due, unclaimed and first in line', () => {
    expect(nextStep(due, now)).toEqual({ kind: 'send' });
    expect(nextStep({ ...due, nextAttemptAt: now }, now)).toEqual({ kind: 'send' });
  });

  it('holds a delivery back while an earlier one to the same subscriber is pending', () => {
    expect(nextStep({ ...due, earlierPending: 1 }, now)).toEqual({ kind: 'wait_for_earlier' });
  });

  it('lets a delivery go once the earlier ones are delivered, dead or cancelled (they no longer count)', () => {
    expect(nextStep({ ...due, earlierPending: 0 }, now)).toEqual({ kind: 'send' });
  });

  it('never sends what another worker holds, until its lease runs out', () => {
    expect(nextStep({ ...due, claimedUntil: later }, now)).toEqual({ kind: 'later', at: later });
    expect(nextStep({ ...due, claimedUntil: earlier }, now)).toEqual({ kind: 'send' });
  });

  it('waits for the next attempt of a delivery that failed', () => {
    expect(nextStep({ ...due, nextAttemptAt: later }, now)).toEqual({ kind: 'later', at: later });
  });

  it.each(['delivered', 'dead', 'cancelled'] as const)('does nothing more for a delivery that is %s', (status) => {
    expect(nextStep({ ...due, status, earlierPending: 3 }, now)).toEqual({ kind: 'finished' });
  });

  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [404, false],
    [500, false],
    [null, false],
  ])('counts HTTP %s as delivered: %s', (status, delivered) => {
    expect(isDelivered(status)).toBe(delivered);
  });
});

import { nextAttemptAt, retryOffsets } from './retry-schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('webhook retry schedule', () => {
  const policy = { baseMs: 10_000, windowMs: 24 * HOUR };
  const start = new Date('2026-03-02T10:00:00Z');
  const at = (offsetMs: number) => new Date(start.getTime() + offsetMs);

  it.each([
    [1, 0, 10_000],
    [2, 10_000, 30_000],
    [3, 30_000, 70_000],
    [4, 70_000, 150_000],
  ])('after failure %i at +%ims tries again at +%ims', (failures, attemptedOffset, expectedOffset) => {
    expect(nextAttemptAt(policy, failures, at(attemptedOffset), start)).toEqual(at(expectedOffset));
  });

  it('doubles from the moment of the attempt, not of the schedule, when an attempt ran late', () => {
    expect(nextAttemptAt(policy, 2, at(HOUR), start)).toEqual(at(HOUR + 20_000));
  });

  it('makes the last retry at the end of the window, then gives up', () => {
    expect(nextAttemptAt(policy, 14, at(23 * HOUR), start)).toEqual(at(24 * HOUR));
    expect(nextAttemptAt(policy, 15, at(24 * HOUR), start)).toBeNull();
    expect(nextAttemptAt(policy, 1, at(25 * HOUR), start)).toBeNull();
  });

  it('does not overflow for absurd attempt counts', () => {
    expect(nextAttemptAt(policy, 5_000, at(HOUR), start)).toEqual(at(24 * HOUR));
  });

  it('spreads the default policy over 24 hours in about fifteen attempts', () => {
    const offsets = retryOffsets(policy);
    expect(offsets.slice(0, 5)).toEqual([0, 10_000, 30_000, 70_000, 150_000]);
    expect(offsets.at(-1)).toBe(24 * HOUR);
    expect(offsets).toHaveLength(15);
    for (let i = 1; i < offsets.length; i += 1) expect(offsets[i]!).toBeGreaterThan(offsets[i - 1]!);
  });

  it('scales down to milliseconds for tests', () => {
    expect(retryOffsets({ baseMs: 50, windowMs: 1_000 })).toEqual([0, 50, 150, 350, 750, 1_000]);
  });
});

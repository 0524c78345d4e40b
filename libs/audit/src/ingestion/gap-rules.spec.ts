import { decideGap, SourceState } from './gap-rules';

const NOW = new Date('2026-11-23T10:00:00Z');
const ago = (ms: number): Date => new Date(NOW.getTime() - ms);
const state = (overrides: Partial<SourceState>): SourceState => ({
  integratedThrough: 10,
  announcedHead: 10,
  lowestWaiting: undefined,
  gapSince: undefined,
  redeliveryRequestedAt: undefined,
  redeliveryRequests: 0,
  ...overrides,
});

describe('decideGap', () => {
  it.each([
    ['caught up', state({}), { kind: 'none' }],
    ['ahead of an old announcement', state({ announcedHead: 7 }), { kind: 'none' }],
    ['a hole newly seen', state({ lowestWaiting: 13 }), { kind: 'opened' }],
    ['a missing tail newly seen', state({ announcedHead: 12 }), { kind: 'opened' }],
    ['a hole within its grace', state({ lowestWaiting: 13, gapSince: ago(1_000) }), { kind: 'waiting' }],
    [
      'a hole past its grace',
      state({ lowestWaiting: 13, gapSince: ago(5_000) }),
      { kind: 'request', fromSequence: 11, toSequence: 12, openForMs: 5_000 },
    ],
    [
      'a tail past its grace',
      state({ announcedHead: 15, gapSince: ago(4_000) }),
      { kind: 'request', fromSequence: 11, toSequence: 15, openForMs: 4_000 },
    ],
    [
      'asked once, pause not over',
      state({ lowestWaiting: 13, gapSince: ago(20_000), redeliveryRequestedAt: ago(2_000), redeliveryRequests: 1 }),
      { kind: 'waiting' },
    ],
    [
      'asked once, pause over',
      state({ lowestWaiting: 13, gapSince: ago(20_000), redeliveryRequestedAt: ago(3_000), redeliveryRequests: 1 }),
      { kind: 'request', fromSequence: 11, toSequence: 12, openForMs: 20_000 },
    ],
    [
      'asked three times, the pause has doubled twice',
      state({ lowestWaiting: 13, gapSince: ago(60_000), redeliveryRequestedAt: ago(11_000), redeliveryRequests: 3 }),
      { kind: 'waiting' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(decideGap(input, NOW, 3_000)).toEqual(expected);
  });

  it('never pauses longer than ten minutes', () => {
    const input = state({ lowestWaiting: 13, gapSince: ago(10 ** 8), redeliveryRequestedAt: ago(600_000), redeliveryRequests: 40 });
    expect(decideGap(input, NOW, 3_000).kind).toBe('request');
  });
});

/** What the ledger knows of one source's sequence at a moment. */
export interface SourceState {
  integratedThrough: number;
  announcedHead: number;
  /** The lowest sequence waiting in the inbox beyond a hole, if any. */
  lowestWaiting: number | undefined;
  gapSince: Date | undefined;
  redeliveryRequestedAt: Date | undefined;
  redeliveryRequests: number;
}

export type GapDecision =
  | { kind: 'none' }
  | { kind: 'opened' }
  | { kind: 'waiting' }
  | { kind: 'request'; fromSequence: number; toSequence: number; openForMs: number };

/**
 * Decides, from data alone, whether a source is missing events and whether to ask for them now.
 * A hole is given `graceMs` to fill by itself (events overtake each other on concurrent
 * workers); after that, redelivery is asked, and asked again with a doubling pause (at most
 * ten minutes) while the hole stays open, so a source that cannot answer is not flooded.
 */
export function decideGap(state: SourceState, now: Date, graceMs: number): GapDecision {
  const missingFrom = state.integratedThrough + 1;
  const knownEnd = Math.max(state.announcedHead, state.lowestWaiting !== undefined ? state.lowestWaiting - 1 : 0);
  const missingTo = state.lowestWaiting !== undefined ? state.lowestWaiting - 1 : knownEnd;
  if (missingTo < missingFrom) return { kind: 'none' };
  if (!state.gapSince) return { kind: 'opened' };
  const openForMs = now.getTime() - state.gapSince.getTime();
  if (openForMs < graceMs) return { kind: 'waiting' };
  if (state.redeliveryRequestedAt) {
    const pause = Math.min(600_000, graceMs * 2 ** Math.max(0, state.redeliveryRequests - 1));
    if (now.getTime() - state.redeliveryRequestedAt.getTime() < pause) return { kind: 'waiting' };
  }
  return { kind: 'request', fromSequence: missingFrom, toSequence: missingTo, openForMs };
}

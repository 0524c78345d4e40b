import { nextBatch, WaitingEvent } from './batch-order';

const event = (source: string, sequence: number, arrival: number): WaitingEvent => ({ source, sequence, arrival });
const label = (events: WaitingEvent[]): string[] => events.map((e) => `${e.source}#${e.sequence}`);

describe('nextBatch', () => {
  it('takes each source in sequence order, merged by arrival', () => {
    const waiting = new Map([
      ['intake', [event('intake', 1, 1), event('intake', 2, 3)]],
      ['review', [event('review', 1, 2), event('review', 2, 4)]],
    ]);
    expect(label(nextBatch(waiting, new Map(), 10))).toEqual(['intake#1', 'review#1', 'intake#2', 'review#2']);
  });

  it('holds back everything after a hole in a source', () => {
    const waiting = new Map([['intake', [event('intake', 5, 1), event('intake', 7, 2), event('intake', 8, 3)]]]);
    expect(label(nextBatch(waiting, new Map([['intake', 4]]), 10))).toEqual(['intake#5']);
  });

  it('takes nothing from a source whose next event has not come', () => {
    const waiting = new Map([
      ['intake', [event('intake', 3, 1)]],
      ['review', [event('review', 1, 2)]],
    ]);
    expect(label(nextBatch(waiting, new Map([['intake', 1]]), 10))).toEqual(['review#1']);
  });

  it('puts a late redelivered event before the ones that follow it, though they arrived first', () => {
    const waiting = new Map([['intake', [event('intake', 2, 90), event('intake', 3, 10), event('intake', 4, 11)]]]);
    expect(label(nextBatch(waiting, new Map([['intake', 1]]), 10))).toEqual(['intake#2', 'intake#3', 'intake#4']);
  });

  it('skips events the log already holds', () => {
    const waiting = new Map([['intake', [event('intake', 3, 1), event('intake', 4, 2), event('intake', 5, 3)]]]);
    expect(label(nextBatch(waiting, new Map([['intake', 4]]), 10))).toEqual(['intake#5']);
  });

  it('stops at the batch limit', () => {
    const waiting = new Map([['intake', Array.from({ length: 5 }, (_, i) => event('intake', i + 1, i))]]);
    expect(nextBatch(waiting, new Map(), 3)).toHaveLength(3);
  });
});

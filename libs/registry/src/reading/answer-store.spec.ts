import { AnswerStore, StoredAnswer } from './answer-store';

const answer = (text: string): StoredAnswer => ({ body: Buffer.from(text), etag: `"${text}"`, bytes: Buffer.byteLength(text) });

function hearingStore(limits = { maxEntries: 100, maxBytes: 10_000 }): AnswerStore {
  const store = new AnswerStore(limits);
  store.hearing();
  return store;
}

describe('answer store', () => {
  it('serves a kept answer until the register changes', () => {
    const store = hearingStore();
    expect(store.put('list', store.ticket(), answer('one'))).toBe(true);
    expect(store.get('list')?.body.toString()).toBe('one');
    store.changed();
    expect(store.get('list')).toBeUndefined();
    expect(store.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('refuses an answer whose read began before a change it may not have seen', () => {
    const store = hearingStore();
    const ticket = store.ticket();
    store.changed();
    expect(store.put('list', ticket, answer('old'))).toBe(false);
    expect(store.get('list')).toBeUndefined();
    expect(store.put('list', store.ticket(), answer('new'))).toBe(true);
  });

  it('forgets everything when a read sees a newer sequence than any before, and only then', () => {
    const store = hearingStore();
    store.sawSequence(10);
    const ticket = store.ticket();
    store.put('list', ticket, answer('at 10'));
    store.sawSequence(10);
    store.sawSequence(9);
    expect(store.get('list')?.body.toString()).toBe('at 10');
    store.sawSequence(11);
    expect(store.get('list')).toBeUndefined();
    expect(store.put('other', ticket, answer('read before 11 was seen'))).toBe(false);
  });

  it('keeps and serves nothing until changes are heard, nor while they are not', () => {
    const store = new AnswerStore({ maxEntries: 100, maxBytes: 10_000 });
    expect(store.ticket()).toBeUndefined();
    expect(store.put('list', store.ticket(), answer('one'))).toBe(false);
    store.hearing();
    const ticket = store.ticket();
    expect(store.put('list', ticket, answer('one'))).toBe(true);
    store.deaf();
    expect(store.get('list')).toBeUndefined();
    expect(store.ticket()).toBeUndefined();
    expect(store.put('list', ticket, answer('one'))).toBe(false);
    // Hearing again: what was read while deaf may have missed a change.
    store.hearing();
    expect(store.put('list', ticket, answer('one'))).toBe(false);
    expect(store.get('list')).toBeUndefined();
  });

  it('stays within its count of answers, dropping the least recently used first', () => {
    const store = hearingStore({ maxEntries: 3, maxBytes: 10_000 });
    const ticket = store.ticket();
    for (const key of ['a', 'b', 'c']) store.put(key, ticket, answer(key));
    store.get('a');
    store.put('d', ticket, answer('d'));
    expect(store.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => store.get(key)?.body.toString())).toEqual(['a', 'c', 'd']);
    expect(store.size.entries).toBe(3);
  });

  it('stays within its bytes, and never keeps an answer larger than a tenth of them', () => {
    const store = hearingStore({ maxEntries: 1_000, maxBytes: 1_000 });
    const ticket = store.ticket();
    for (let index = 0; index < 500; index += 1) store.put(`page ${index}`, ticket, answer('x'.repeat(60 + (index % 40))));
    expect(store.size.bytes).toBeLessThanOrEqual(1_000);
    expect(store.size.entries).toBeGreaterThan(5);
    expect(store.get('page 499')).toBeDefined();
    expect(store.put('export', ticket, answer('x'.repeat(101)))).toBe(false);
    expect(store.put('export', ticket, answer('x'.repeat(100)))).toBe(true);
  });

  it('counts an answer kept again under the same key once', () => {
    const store = hearingStore();
    const ticket = store.ticket();
    store.put('list', ticket, answer('12345'));
    store.put('list', ticket, answer('123'));
    expect(store.size).toEqual({ entries: 1, bytes: 3 });
  });
});

import { canonicalJson, decideReplay, IDEMPOTENCY_KEY_PATTERN, requestFingerprint } from './idempotency';

describe('idempotency', () => {
  const body = { system: { titleRu: 'Система', titleKk: 'Жүйе' }, budget: { amountKzt: '100.00' } };

  it('fingerprints bodies independently of key order', () => {
    const reordered = { budget: { amountKzt: '100.00' }, system: { titleKk: 'Жүйе', titleRu: 'Система' } };
    expect(requestFingerprint('create', body)).toBe(requestFingerprint('create', reordered));
    expect(canonicalJson(reordered)).toBe('{"budget":{"amountKzt":"100.00"},"system":{"titleKk":"Жүйе","titleRu":"Система"}}');
  });

  it('tells different bodies and different operations apart', () => {
    expect(requestFingerprint('create', body)).not.toBe(requestFingerprint('create', { ...body, budget: { amountKzt: '100.01' } }));
    expect(requestFingerprint('create', body)).not.toBe(requestFingerprint('submit', body));
    expect(requestFingerprint('create', [1, 2])).not.toBe(requestFingerprint('create', [2, 1]));
  });

  it.each([
    ['no stored outcome', undefined, 'f1', { kind: 'proceed' }],
    [
      'same body, answered',
      { fingerprint: 'f1', status: 201, body: { id: 'x' } },
      'f1',
      { kind: 'replay', status: 201, body: { id: 'x' } },
    ],
    ['different body', { fingerprint: 'f1', status: 201, body: {} }, 'f2', { kind: 'conflict' }],
    ['claimed in this transaction', { fingerprint: 'f1', status: null, body: null }, 'f1', { kind: 'proceed' }],
  ])('%s', (_case, stored, fingerprint, expected) => {
    expect(decideReplay(stored, fingerprint)).toEqual(expected);
  });

  it.each([
    ['3f2c1a9e-1b7d-4c8e-9f00-123456789abc', true],
    ['retry:2026-11-22T10:00:00', true],
    ['', false],
    ['a'.repeat(201), false],
    ['key with spaces', false],
    ["'; DROP TABLE requests;--", false],
  ])('key %p accepted: %s', (key, accepted) => {
    expect(IDEMPOTENCY_KEY_PATTERN.test(key)).toBe(accepted);
  });
});

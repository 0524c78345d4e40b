import { counted, plural } from './plural';

describe('plural', () => {
  // "Не менее N …": the genitive after a numeral, singular for one, plural for the rest.
  const atLeastRu = { one: 'элемента', few: 'элементов', many: 'элементов', other: 'элемента' };

  it.each([
    [1, '1 элемента'],
    [2, '2 элементов'],
    [5, '5 элементов'],
    [11, '11 элементов'],
    [21, '21 элемента'],
    [22, '22 элементов'],
  ])('Russian %p → %s', (count, expected) => {
    expect(counted('ru', count, atLeastRu)).toBe(expected);
  });

  it('Russian tells one, few and many apart', () => {
    const days = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };
    expect([1, 2, 5, 21, 11, 14, 104].map((count) => counted('ru', count, days))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '21 день',
      '11 дней',
      '14 дней',
      '104 дня',
    ]);
  });

  it('English has one and other', () => {
    const items = { one: 'item', other: 'items' };
    expect(counted('en', 1, items)).toBe('1 item');
    expect(counted('en', 2, items)).toBe('2 items');
    expect(counted('en', 21, items)).toBe('21 items');
  });

  it('Kazakh has one and other', () => {
    const forms = { one: 'one', other: 'other' };
    expect(plural('kk', 1, forms)).toBe('one');
    expect(plural('kk', 2, forms)).toBe('other');
    expect(plural('kk', 21, forms)).toBe('other');
  });

  it('reads a count that came as text, and takes `other` when there is no number', () => {
    expect(counted('ru', '3', atLeastRu)).toBe('3 элементов');
    expect(plural('ru', undefined, atLeastRu)).toBe('элемента');
    expect(plural('en', 'many', { one: 'item', other: 'items' })).toBe('items');
  });

  it('falls back to `other` when a category has no form of its own', () => {
    expect(plural('ru', 5, { one: 'раз', other: 'раза' })).toBe('раза');
  });
});

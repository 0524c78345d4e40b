import { negotiateLanguage } from './language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['kk', 'kk'],
    ['en-US,en;q=0.9', 'en'],
    ['ru-KZ', 'ru'],
    ['de, kk;q=0.5', 'kk'],
    ['en;q=0.3, kk;q=0.8', 'kk'],
    ['fr, de', 'ru'],
    ['en;q=0', 'ru'],
    ['KK', 'kk'],
    ['en;q=abc, kk;q=0.1', 'kk'],
  ])('%p → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

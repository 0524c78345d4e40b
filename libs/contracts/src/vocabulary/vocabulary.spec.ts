import { DATA_OBJECTS, STATE_FUNCTIONS, VocabularyEntry } from './vocabulary';

describe.each([
  ['state functions', STATE_FUNCTIONS, 30],
  ['data objects', DATA_OBJECTS, 10],
])('the %s vocabulary', (_name, entries: readonly VocabularyEntry[], atLeast: number) => {
  it('has unique snake_case codes', () => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z_]*[a-z]$/);
    expect(codes.length).toBeGreaterThanOrEqual(atLeast);
  });

  it('labels every term in Kazakh, Russian and English', () => {
    for (const entry of entries) {
      for (const language of ['kk', 'ru', 'en'] as const) expect(entry[language].trim()).not.toBe('');
    }
  });
});

it('knows the data objects other contexts match on', () => {
  const codes = DATA_OBJECTS.map((entry) => entry.code);
  expect(codes).toEqual(expect.arrayContaining(['person', 'legal_entity', 'vehicle', 'land_plot', 'real_estate', 'address']));
});

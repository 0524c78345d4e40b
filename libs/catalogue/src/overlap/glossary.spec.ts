import { Glossary } from './glossary';
import { loadGlossarySeed } from './glossary.repository';
import { bilingual, languageOf, tokenize } from './text';

describe('the kk↔ru glossary', () => {
  const glossary = new Glossary(loadGlossarySeed());

  it('finds one concept in a Kazakh and a Russian text, whatever their suffixes and endings', () => {
    const kk = glossary.match('Көлік құралдарын тіркеу және есепке алу');
    const ru = glossary.match('Регистрация транспортных средств');
    expect(kk).toEqual(expect.arrayContaining([expect.objectContaining({ termId: 'vehicle', language: 'kk', words: 'көлік құралдарын' })]));
    expect(ru).toEqual(
      expect.arrayContaining([expect.objectContaining({ termId: 'vehicle', language: 'ru', words: 'транспортных средств' })]),
    );
    expect(kk.map((match) => match.termId)).toContain('registration');
    expect(ru.map((match) => match.termId)).toContain('registration');
  });

  it('lets a short stem match short word forms only: `сот` is a court, `сотталған` is not', () => {
    expect(glossary.concepts('соттың шешімі')).toContain('court-cases');
    expect(glossary.concepts('сотталған адамдар')).not.toContain('court-cases');
  });

  it('reads `ё` as `е` and ignores case and punctuation', () => {
    expect(tokenize('Учёт, «ЗАГС»-а')).toEqual(['учет', 'загс', 'а']);
    expect(glossary.concepts('УЧЁТ скота')).toEqual(expect.arrayContaining(['accounting-record', 'veterinary']));
  });

  it('names each concept once, with the words that named it first', () => {
    const matches = glossary.match('пациенты и пациентов больницы');
    expect(matches.filter((match) => match.termId === 'patient')).toEqual([
      { termId: 'patient', kind: 'data_object', language: 'ru', words: 'пациенты' },
    ]);
  });

  it('takes an extension at once: a new term bridges words the seed did not know', () => {
    const extended = new Glossary([
      ...loadGlossarySeed(),
      { id: 'beekeeping', kind: 'function', kk: ['ара шаруашылығ'], ru: ['пчеловод'] },
    ]);
    expect(extended.concepts('Ара шаруашылығын субсидиялау')).toContain('beekeeping');
    expect(extended.concepts('Субсидирование пчеловодства')).toContain('beekeeping');
  });

  it('tells Kazakh from Russian by Kazakh letters, and puts texts of unknown language where they belong', () => {
    expect(languageOf('Жер учаскелерін тіркеу')).toBe('kk');
    expect(languageOf('Регистрация земельных участков')).toBe('ru');
    expect(bilingual({ kk: ['Атауы'], ru: [null], either: ['Мақсаты: тіркеу', 'Цель: учёт'] })).toEqual({
      kk: 'Атауы. Мақсаты: тіркеу',
      ru: 'Цель: учёт',
    });
  });
});

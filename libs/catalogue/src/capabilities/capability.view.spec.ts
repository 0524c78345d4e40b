import { askedLanguage } from './capability.view';

describe('askedLanguage', () => {
  it('is the best of kk, ru and en the header asks for', () => {
    expect(askedLanguage('kk')).toBe('kk');
    expect(askedLanguage('ru-KZ,ru;q=0.9')).toBe('ru');
    expect(askedLanguage('de;q=0.9, en;q=0.8')).toBe('en');
  });

  it('is none when the header is absent or names none of ours: the reader gets all three', () => {
    expect(askedLanguage(undefined)).toBeNull();
    expect(askedLanguage('*')).toBeNull();
    expect(askedLanguage('de-DE, fr')).toBeNull();
  });
});

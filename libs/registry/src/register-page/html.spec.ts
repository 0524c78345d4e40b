import { escapeHtml, html, raw } from './html';
import { formatAmount, formatMoment, localized } from './format';
import { choosePageLanguage } from './i18n/labels';
import { pageHref } from './layout';
import { switchLanguageHref } from './register-page.filter';

describe('html templates', () => {
  it('escapes every interpolated value, in content and in attributes', () => {
    const hostile = `<script>alert("x")</script>' onload='1 & 2`;
    const out = html`<p title="${hostile}">${hostile}</p>`.text;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;1 &amp; 2">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;1 &amp; 2</p>',
    );
  });

  it('keeps markup made by templates, joins lists, and drops nothing-values', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    // prettier-ignore
    const list = html`<ul>${items}</ul>${null}${undefined}${false}${0}`;
    expect(list.text).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
    expect(html`${raw('<br>')}`.text).toBe('<br>');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('page language', () => {
  it.each([
    ['kk', 'ru', 'kk', true],
    ['en', 'kk-KZ', 'en', true],
    [undefined, 'kk-KZ,kk;q=0.9,ru;q=0.8', 'kk', false],
    [undefined, 'en-US,en;q=0.9', 'en', false],
    [undefined, 'de-DE', 'ru', false],
    [undefined, undefined, 'ru', false],
    ['fr', 'kk', 'kk', false],
    [['kk', 'en'], 'ru', 'ru', false],
  ])('lang=%p with Accept-Language %p gives %p (explicit: %p)', (lang, header, language, explicit) => {
    expect(choosePageLanguage(lang, header)).toEqual({ language, explicit });
  });

  it('carries an explicit choice in links, and replaces lang when switching', () => {
    expect(pageHref('/register', { bin: '940140000385', q: '' }, { language: 'kk', explicit: true })).toBe(
      '/register?bin=940140000385&lang=kk',
    );
    expect(pageHref('/register', { q: 'a&b' }, { language: 'kk', explicit: false })).toBe('/register?q=a%26b');
    expect(switchLanguageHref('/register/X?lang=kk&q=1', 'en')).toBe('/register/X?lang=en&q=1');
  });
});

describe('formatting', () => {
  it('groups a budget digit by digit, never through a float', () => {
    expect(formatAmount('1250000000.00', 'ru')).toBe('1\u00a0250\u00a0000\u00a0000,00');
    expect(formatAmount('9007199254740993.05', 'en')).toBe('9,007,199,254,740,993.05');
    expect(formatAmount('999', 'kk')).toBe('999');
    expect(formatAmount('not a number', 'kk')).toBe('not a number');
  });

  it('shows instants in Kazakhstan time', () => {
    expect(formatMoment('2026-03-01T19:30:00.000Z')).toBe('2026-03-02 00:30 GMT+5');
  });

  it('falls back from a missing text to the other official language', () => {
    expect(localized('en', { kk: 'Қазақша', ru: 'Русский', en: null })).toEqual({ text: 'Русский', language: 'ru' });
    expect(localized('kk', { kk: ' ', ru: 'Русский' })).toEqual({ text: 'Русский', language: 'ru' });
    expect(localized('ru', { kk: 'Қазақша', ru: '' })).toEqual({ text: 'Қазақша', language: 'kk' });
  });
});

import { csvField } from './csv-export';
import { xmlText } from './atom-feed';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    [null, ''],
    [42, '42'],
    ['-eKiy8Uwpm5', '-eKiy8Uwpm5'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Система', 'Система'],
  ])('keeps a spreadsheet from running free text %j as a formula', (value, expected) => {
    expect(csvField(value, true)).toBe(expected);
  });
});

describe('xmlText', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlText(`<a href="x">&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

import { contentDisposition, safeFileName } from './file-name';

describe('attachment file names', () => {
  it.each([
    ['ТЭО системы.pdf', 'ТЭО системы.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\spec.docx', 'spec.docx'],
    ['..hidden.pdf', 'hidden.pdf'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['zero\u200Bwidth.pdf', 'zerowidth.pdf'],
    ['nul\u0000byte.pdf', 'nulbyte.pdf'],
    ['', 'attachment'],
    [undefined, 'attachment'],
    ['../', 'attachment'],
  ])('%p → %p', (raw, expected) => {
    expect(safeFileName(raw)).toBe(expected);
  });

  it('bounds the length', () => {
    expect(safeFileName('a'.repeat(1000) + '.pdf')).toHaveLength(200);
  });

  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Техзадание "v2".pdf')).toBe(
      `attachment; filename="__________ _v2_.pdf"; filename*=UTF-8''${encodeURIComponent('Техзадание "v2".pdf')}`,
    );
  });
});

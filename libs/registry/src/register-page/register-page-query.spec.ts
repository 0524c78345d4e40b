import { FieldErrorCode } from '@qaztech/platform';
import { parseRegisterPageQuery } from './register-page-query';

describe('the register page query', () => {
  it('reads empty form fields as no filter and ignores parameters the form does not have', async () => {
    const parsed = await parseRegisterPageQuery({ q: '  маяк  ', bin: '', outcome: '', from: '', lang: 'kk', utm_source: 'mail' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.values).toEqual({ q: 'маяк' });
    expect(parsed.filters).toEqual(expect.objectContaining({ q: 'маяк', bin: undefined, outcome: undefined }));
  });

  it('uses the JSON API rules and reports every wrong field at once, a reversed range included', async () => {
    const parsed = await parseRegisterPageQuery({ bin: '940140000386', outcome: 'maybe', from: '2026-05-01', to: '2026-04-01' });
    expect(parsed.filters).toBeUndefined();
    expect(parsed.errors).toEqual([
      { field: 'bin', code: FieldErrorCode.INVALID_BIN },
      expect.objectContaining({ field: 'outcome', code: FieldErrorCode.NOT_ALLOWED_VALUE }),
      { field: 'to', code: FieldErrorCode.DATE_ORDER, params: { after: '2026-05-01' } },
    ]);
    expect(parsed.values.bin).toBe('940140000386');
  });

  it('refuses a repeated parameter and a NUL character instead of guessing', async () => {
    expect((await parseRegisterPageQuery({ outcome: ['approved', 'rejected'] })).errors).toEqual([
      { field: 'outcome', code: FieldErrorCode.INVALID_VALUE },
    ]);
    expect((await parseRegisterPageQuery({ q: 'ab\u0000cd' })).errors).toEqual([{ field: 'q', code: FieldErrorCode.CONTROL_CHARACTER }]);
  });
});

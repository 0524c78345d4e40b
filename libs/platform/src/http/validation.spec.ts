import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, ValidateNested, validate } from 'class-validator';
import { IsKzIdentifier } from './validators';
import { MAX_NESTING_DEPTH, nulCharacterFields, toFieldErrors, unstorableFields } from './validation';

class Inner {
  @IsOptional() @IsString() @MaxLength(5) title?: string;
}
class Outer {
  @IsOptional() @IsKzIdentifier() bin?: string;
  @IsOptional() @IsIn(['a', 'b']) kind?: string;
  @IsOptional() @IsInt() count?: number;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Inner) items?: Inner[];
  @IsOptional() @ValidateNested() @Type(() => Inner) inner?: Inner;
}

async function fieldErrors(body: object) {
  const errors = await validate(plainToInstance(Outer, body), { whitelist: true, forbidNonWhitelisted: true });
  return toFieldErrors(errors);
}

describe('validation errors as field errors', () => {
  it('names nested fields with dotted paths and array indexes', async () => {
    expect(await fieldErrors({ items: [{ title: 'ok' }, { title: 'too long' }] })).toEqual([
      { field: 'items.1.title', code: 'TOO_LONG', params: { max: 5 } },
    ]);
  });

  it('explains a wrong type before a wrong length', async () => {
    expect(await fieldErrors({ inner: { title: 123456 } })).toEqual([{ field: 'inner.title', code: 'MUST_BE_STRING' }]);
  });

  it('reports unknown fields at any depth', async () => {
    expect(await fieldErrors({ surprise: 1, inner: { other: 2 } })).toEqual([
      { field: 'surprise', code: 'UNKNOWN_FIELD' },
      { field: 'inner.other', code: 'UNKNOWN_FIELD' },
    ]);
  });

  it('lists the allowed values, and checks BINs', async () => {
    expect(await fieldErrors({ kind: 'c', bin: '940140000386', count: 1.5 })).toEqual([
      { field: 'bin', code: 'INVALID_BIN' },
      { field: 'kind', code: 'NOT_ALLOWED_VALUE', params: { allowed: 'a, b' } },
      { field: 'count', code: 'MUST_BE_INTEGER' },
    ]);
  });

  it('refuses a scalar where an object belongs', async () => {
    expect(await fieldErrors({ inner: 'text' })).toEqual([{ field: 'inner', code: 'MUST_BE_OBJECT' }]);
  });
});

describe('nulCharacterFields', () => {
  it('names every string and key holding U+0000, by its dotted path', () => {
    expect(nulCharacterFields({ a: 'ok', b: { c: 'x\u0000y', d: ['fine', '\u0000'] }, ['k\u0000']: 1 })).toEqual([
      'b.c',
      'b.d.1',
      'k\u0000',
    ]);
  });

  it('finds nothing in clean values, numbers and nulls', () => {
    expect(nulCharacterFields({ a: 'Система учёта', b: [1, null, true], c: { d: 'ә' } })).toEqual([]);
  });

  it('names a path parameter by its name', () => {
    expect(nulCharacterFields('x\u0000', 'id')).toEqual(['id']);
  });
});

describe('unstorableFields', () => {
  const nested = (depth: number, leaf: unknown = 'x'): unknown => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
    return value;
  };

  it('walks 100,000 levels of nesting without overflowing the stack, stopping at the limit', () => {
    const [error, ...rest] = unstorableFields(nested(100_000));
    expect(rest).toEqual([]);
    expect(error).toEqual({ field: expect.any(String), code: 'NESTED_TOO_DEEP', params: { max: MAX_NESTING_DEPTH } });
    expect(error!.field.split('.')).toHaveLength(MAX_NESTING_DEPTH);
  });

  it('accepts nesting up to the limit, and reports NUL characters inside it', () => {
    expect(unstorableFields(nested(MAX_NESTING_DEPTH))).toEqual([]);
    expect(unstorableFields(nested(MAX_NESTING_DEPTH, '\u0000'))).toEqual([expect.objectContaining({ code: 'CONTROL_CHARACTER' })]);
    expect(unstorableFields(nested(MAX_NESTING_DEPTH + 1))).toEqual([expect.objectContaining({ code: 'NESTED_TOO_DEEP' })]);
  });

  it('names a value that is too deep under its own path parameter or body', () => {
    expect(unstorableFields(nested(MAX_NESTING_DEPTH + 1), 'filter')[0]!.field).toMatch(/^filter\./);
    expect(unstorableFields('x\u0000')).toEqual([{ field: 'body', code: 'CONTROL_CHARACTER' }]);
  });
});

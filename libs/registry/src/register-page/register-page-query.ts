import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, FieldError, FieldErrorCode, nulCharacterFields, toFieldErrors } from '@qaztech/platform';
import { filtersOf, RegisterQueryDto } from '../reading/register-query.dto';
import { RegisterFilters } from '../reading/register.query';

/** The search form's fields, named as the JSON API's query parameters. */
export const FORM_FIELDS = ['q', 'bin', 'outcome', 'from', 'to', 'dataCategory', 'reasonCategory'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField | 'cursor', string>>;

/** A page size that keeps the table readable; the JSON API offers larger ones. */
export const PAGE_SIZE = 20;

export interface RegisterPageQuery {
  /** What the reader sent, to fill the form again. */
  values: FormValues;
  /** Undefined when any value is wrong: then nothing is searched. */
  filters?: RegisterFilters;
  errors: FieldError[];
}

/**
 * Reads the page's query string with the JSON API's own DTO and rules. A form sends empty
 * fields as empty strings: those mean "no filter". Parameters the form does not have (a
 * tracking tag, `lang`) are ignored rather than refused: a reader cannot fix them.
 */
export async function parseRegisterPageQuery(query: unknown): Promise<RegisterPageQuery> {
  const source = (query !== null && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const values: FormValues = {};
  const errors: FieldError[] = [];
  for (const name of [...FORM_FIELDS, 'cursor'] as const) {
    const value = source[name];
    if (Array.isArray(value)) errors.push({ field: name, code: FieldErrorCode.INVALID_VALUE });
    const text = Array.isArray(value) ? value[0] : value;
    if (typeof text === 'string' && text.trim().length > 0) values[name] = text.trim();
  }
  errors.push(...nulCharacterFields(values).map((field) => ({ field, code: FieldErrorCode.CONTROL_CHARACTER })));
  if (errors.length === 0) errors.push(...toFieldErrors(await validate(plainToInstance(RegisterQueryDto, { ...values }))));
  errors.push(...dateOrderErrors(values, errors));
  if (errors.length > 0) return { values, errors };
  return { values, filters: filtersOf(plainToInstance(RegisterQueryDto, { ...values })), errors };
}

/**
 * The API checks the date range only once every field is valid; a form shows all its problems
 * at once, so a reversed range is reported beside a wrong BIN too.
 */
function dateOrderErrors(values: FormValues, errors: readonly FieldError[]): FieldError[] {
  const { from, to } = values;
  if (from === undefined || to === undefined || errors.some((error) => error.field === 'from' || error.field === 'to')) return [];
  try {
    filtersOf(plainToInstance(RegisterQueryDto, { from, to }));
    return [];
  } catch (error) {
    if (error instanceof DomainError) return [...error.details];
    throw error;
  }
}

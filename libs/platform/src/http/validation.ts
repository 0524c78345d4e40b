import { ArgumentMetadata, PipeTransform, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import { DomainError, FieldError, MessageParams } from '../errors/domain-error';
import { FieldErrorCode } from '../errors/error-codes';

const CODE_BY_CONSTRAINT: Readonly<Record<string, FieldErrorCode>> = {
  isDefined: FieldErrorCode.REQUIRED,
  isNotEmpty: FieldErrorCode.REQUIRED,
  whitelistValidation: FieldErrorCode.UNKNOWN_FIELD,
  isString: FieldErrorCode.MUST_BE_STRING,
  isNumber: FieldErrorCode.MUST_BE_NUMBER,
  isInt: FieldErrorCode.MUST_BE_INTEGER,
  isBoolean: FieldErrorCode.MUST_BE_BOOLEAN,
  isObject: FieldErrorCode.MUST_BE_OBJECT,
  nestedValidation: FieldErrorCode.MUST_BE_OBJECT,
  isArray: FieldErrorCode.MUST_BE_ARRAY,
  minLength: FieldErrorCode.TOO_SHORT,
  maxLength: FieldErrorCode.TOO_LONG,
  arrayMinSize: FieldErrorCode.TOO_FEW,
  arrayNotEmpty: FieldErrorCode.TOO_FEW,
  arrayMaxSize: FieldErrorCode.TOO_MANY,
  min: FieldErrorCode.OUT_OF_RANGE,
  max: FieldErrorCode.OUT_OF_RANGE,
  isEnum: FieldErrorCode.NOT_ALLOWED_VALUE,
  isIn: FieldErrorCode.NOT_ALLOWED_VALUE,
  isCalendarDate: FieldErrorCode.INVALID_DATE,
  isEmail: FieldErrorCode.INVALID_EMAIL,
  isUuid: FieldErrorCode.INVALID_ID,
  matches: FieldErrorCode.INVALID_FORMAT,
  isIso8601: FieldErrorCode.INVALID_FORMAT,
  isKzIdentifier: FieldErrorCode.INVALID_BIN,
  isAmountKzt: FieldErrorCode.INVALID_AMOUNT,
};

/**
 * When a value breaks several constraints, the most basic one explains it: `5` for a text
 * field is "must be a string", not "too long".
 */
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'nestedValidation',
  'isObject',
  'isArray',
  'isString',
  'isNumber',
  'isInt',
  'isBoolean',
];

function primaryConstraint(constraints: Record<string, string> | undefined): string | undefined {
  const names = Object.keys(constraints ?? {});
  return PRIORITY.find((name) => names.includes(name)) ?? names[0];
}

/** The arguments a constraint was declared with (`@MaxLength(500)` → [500]), for the message. */
function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((candidate) => candidate.propertyName === error.property && candidate.name === constraint);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

function paramsFor(code: FieldErrorCode, args: unknown[]): MessageParams | undefined {
  const [first] = args;
  switch (code) {
    case FieldErrorCode.TOO_SHORT:
    case FieldErrorCode.TOO_FEW:
      return { min: typeof first === 'number' ? first : 1 };
    case FieldErrorCode.TOO_LONG:
    case FieldErrorCode.TOO_MANY:
      return { max: Number(first) };
    case FieldErrorCode.NOT_ALLOWED_VALUE: {
      const allowed = Array.isArray(first) ? first : Object.values(first ?? {});
      return { allowed: allowed.join(', ') };
    }
    default:
      return undefined;
  }
}

/** Flattens class-validator's tree into one FieldError per wrong field, with dotted paths. */
export function toFieldErrors(errors: readonly ValidationError[], parentPath = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const constraint = primaryConstraint(error.constraints);
    if (constraint) {
      const code = CODE_BY_CONSTRAINT[constraint] ?? FieldErrorCode.INVALID_VALUE;
      const params = paramsFor(code, constraintArguments(error, constraint));
      result.push(params ? { field, code, params } : { field, code });
    }
    if (error.children?.length) result.push(...toFieldErrors(error.children, field));
  }
  return result;
}

/**
 * How deep a body, query or path value may nest. The deepest field any route declares is a few
 * levels down; the limit leaves room for that and stops a small hostile body (2,000 levels in
 * 4 KB) before anything that walks it recursively (class-transformer, class-validator) can
 * exhaust the stack.
 */
export const MAX_NESTING_DEPTH = 32;

const joinPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Walks a parsed JSON value without recursion, so no depth of nesting can overflow the stack,
 * and stops below MAX_NESTING_DEPTH: returns the path where the value nests too deep, or the
 * paths of strings and keys holding U+0000. JSON allows U+0000, PostgreSQL text and jsonb do not:
 * left in, it would fail deep in a query as a server error instead of being the caller's field error.
 */
export function unstorableFields(value: unknown, root = ''): FieldError[] {
  const nul: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number; nulInKey: boolean }[] = [{ value, path: root, depth: 0, nulInKey: false }];
  while (pending.length > 0) {
    const { value: item, path, depth, nulInKey } = pending.pop()!;
    if (nulInKey) nul.push({ field: path, code: FieldErrorCode.CONTROL_CHARACTER });
    if (typeof item === 'string') {
      if (item.includes('\u0000')) nul.push({ field: path || 'body', code: FieldErrorCode.CONTROL_CHARACTER });
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    if (depth >= MAX_NESTING_DEPTH) {
      return [{ field: path || 'body', code: FieldErrorCode.NESTED_TOO_DEEP, params: { max: MAX_NESTING_DEPTH } }];
    }
    const entries: [string, unknown][] = Array.isArray(item) ? item.map((child, index) => [String(index), child]) : Object.entries(item);
    // Pushed last to first, so fields are reported in the order the body gives them.
    for (const [key, child] of entries.reverse()) {
      pending.push({ value: child, path: joinPath(path, key), depth: depth + 1, nulInKey: key.includes('\u0000') });
    }
  }
  return nul;
}

/** Paths of strings and keys holding U+0000 (see {@link unstorableFields}). */
export function nulCharacterFields(value: unknown, path = ''): string[] {
  return unstorableFields(value, path)
    .filter((error) => error.code === FieldErrorCode.CONTROL_CHARACTER)
    .map((error) => error.field);
}

/** Whitelist, forbid unknown fields, transform to DTO classes, and speak in FieldErrors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => DomainError.validation(toFieldErrors(errors)),
  });
}

/** The platform's pipe, refusing NUL characters and deep nesting in any body, query or path value first. */
export class PlatformValidationPipe implements PipeTransform {
  private readonly pipe = createValidationPipe();

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const unstorable = unstorableFields(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (unstorable.length > 0) throw DomainError.validation(unstorable);
    return this.pipe.transform(value, metadata);
  }
}

import { Language } from './language';

export type MessageParams = Readonly<Record<string, string | number>>;

declare const errorCodeBrand: unique symbol;
declare const fieldCodeBrand: unique symbol;

/** A code some context declared for a whole request's error; only declared codes type-check. */
export type AnyErrorCode = string & { readonly [errorCodeBrand]: true };
/** A code some context declared for one wrong field inside an error's `details`. */
export type AnyFieldCode = string & { readonly [fieldCodeBrand]: true };

/**
 * A message in one language: a template whose `{name}` placeholders take the error's params, or a
 * function of the params for a message whose words follow a count (see `plural`).
 */
export type Message = string | ((params: MessageParams) => string);
export type LocalizedMessage = Readonly<Record<Language, Message>>;
export interface ErrorDefinition extends LocalizedMessage {
  /** The HTTP status the error is answered with. */
  readonly status: number;
}

/**
 * The error codes one context owns, with what each says in every language. Codes are stable:
 * clients branch on them, so a code is never renamed or reused for another meaning.
 */
export interface ErrorSet<E extends string = string, F extends string = string> {
  readonly owner: string;
  readonly errors: Readonly<Record<E, ErrorDefinition>>;
  readonly fields: Readonly<Record<F, LocalizedMessage>>;
  /** The codes as values: `IntakeError.ATTACHMENT_NOT_FOUND`. */
  readonly codes: { readonly [K in E]: K & AnyErrorCode };
  readonly fieldCodes: { readonly [K in F]: K & AnyFieldCode };
}

function namesOf<K extends string>(record: Readonly<Record<K, unknown>>): { readonly [N in K]: N } {
  return Object.fromEntries(Object.keys(record).map((name) => [name, name])) as { [N in K]: N };
}

/**
 * The HTTP status of every code any set declared, known as soon as its module is loaded: a route's
 * API description names the codes it answers with before any application is built.
 */
const declaredStatuses = new Map<string, number>();

/** The status a declared code answers with; undefined for a code no set declared. */
export function declaredStatusOf(code: string): number | undefined {
  return declaredStatuses.get(code);
}

/** Declares a context's codes; the context registers the set with the platform at boot. */
export function defineErrors<E extends string, F extends string = never>(
  owner: string,
  declared: { errors: Readonly<Record<E, ErrorDefinition>>; fields?: Readonly<Record<F, LocalizedMessage>> },
): ErrorSet<E, F> {
  const fields = declared.fields ?? ({} as Record<F, LocalizedMessage>);
  for (const [code, definition] of Object.entries<ErrorDefinition>(declared.errors)) declaredStatuses.set(code, definition.status);
  return Object.freeze({
    owner,
    errors: declared.errors,
    fields,
    codes: Object.freeze(namesOf(declared.errors)) as ErrorSet<E, F>['codes'],
    fieldCodes: Object.freeze(namesOf(fields)) as ErrorSet<E, F>['fieldCodes'],
  });
}

import { Provider } from '@nestjs/common';
import { ErrorSet, LocalizedMessage, Message, MessageParams } from './error-set';
import { Language, LANGUAGES } from './language';

interface Entry<T> {
  owner: string;
  definition: T;
}

/** A set of error codes that cannot be registered; the message lists every problem found. */
export class ErrorCatalogError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The error codes cannot be registered:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ErrorCatalogError';
  }
}

function interpolate(message: Message, params: MessageParams | undefined): string {
  if (typeof message === 'function') return message(params ?? {});
  return message.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params?.[name];
    return value === undefined ? match : String(value);
  });
}

function translationProblems(kind: string, owner: string, code: string, messages: LocalizedMessage): string[] {
  return LANGUAGES.filter((language) => {
    const message: unknown = messages[language];
    return typeof message === 'function' ? false : typeof message !== 'string' || message.trim() === '';
  }).map((language) => `${owner}: ${kind} ${code} has no ${language} message`);
}

/**
 * Every error code the running service can answer with, and what it says in each language. Each
 * context registers its own codes at boot; a code without a message in every language, or a code
 * two owners declare, stops the start, because either would otherwise surface as a wrong answer.
 */
export class ErrorCatalog {
  private readonly owners = new Map<string, ErrorSet>();
  private readonly errors = new Map<string, Entry<ErrorSet['errors'][string]>>();
  private readonly fields = new Map<string, Entry<LocalizedMessage>>();

  constructor(...sets: ErrorSet[]) {
    if (sets.length > 0) this.register(...sets);
  }

  /** Adds the sets, all or none. Registering the very same set again (a second app) changes nothing. */
  register(...sets: ErrorSet[]): void {
    const fresh = sets.filter((set, index) => this.owners.get(set.owner) !== set && sets.indexOf(set) === index);
    const problems = fresh.flatMap((set, index) => this.problemsOf(set, fresh.slice(0, index)));
    if (problems.length > 0) throw new ErrorCatalogError(problems);
    for (const set of fresh) {
      this.owners.set(set.owner, set);
      for (const [code, definition] of Object.entries(set.errors)) this.errors.set(code, { owner: set.owner, definition });
      for (const [code, definition] of Object.entries(set.fields)) this.fields.set(code, { owner: set.owner, definition });
    }
  }

  hasError(code: string): boolean {
    return this.errors.has(code);
  }

  hasField(code: string): boolean {
    return this.fields.has(code);
  }

  status(code: string): number {
    return this.errorEntry(code).definition.status;
  }

  message(code: string, language: Language, params?: MessageParams): string {
    return interpolate(this.errorEntry(code).definition[language], params);
  }

  fieldMessage(code: string, language: Language, params?: MessageParams): string {
    const entry = this.fields.get(code);
    if (!entry) throw new Error(`Field error code ${code} was never registered`);
    return interpolate(entry.definition[language], params);
  }

  private errorEntry(code: string): Entry<ErrorSet['errors'][string]> {
    const entry = this.errors.get(code);
    if (!entry) throw new Error(`Error code ${code} was never registered`);
    return entry;
  }

  private problemsOf(set: ErrorSet, earlier: readonly ErrorSet[]): string[] {
    const problems: string[] = [];
    if (this.owners.has(set.owner) || earlier.some((other) => other.owner === set.owner)) {
      problems.push(`${set.owner}: another set of codes is already registered under this owner`);
    }
    for (const [code, definition] of Object.entries(set.errors)) {
      const owner = this.errors.get(code)?.owner ?? earlier.find((other) => code in other.errors)?.owner;
      if (owner) problems.push(`${set.owner}: error code ${code} is already declared by ${owner}`);
      if (!Number.isInteger(definition.status) || definition.status < 400 || definition.status > 599) {
        problems.push(`${set.owner}: error code ${code} has no HTTP error status (${String(definition.status)})`);
      }
      problems.push(...translationProblems('error code', set.owner, code, definition));
    }
    for (const [code, definition] of Object.entries(set.fields)) {
      const owner = this.fields.get(code)?.owner ?? earlier.find((other) => code in other.fields)?.owner;
      if (owner) problems.push(`${set.owner}: field code ${code} is already declared by ${owner}`);
      problems.push(...translationProblems('field code', set.owner, code, definition));
    }
    return problems;
  }
}

/**
 * Registers a context's codes with the platform while the application is being built, before it
 * serves anything: put it among the context module's providers.
 */
export function provideErrors(set: ErrorSet): Provider {
  return {
    provide: `error codes of ${set.owner}`,
    inject: [ErrorCatalog],
    useFactory: (catalog: ErrorCatalog) => {
      catalog.register(set);
      return set;
    },
  };
}

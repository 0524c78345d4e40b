/**
 * A small declarative schema for environment variables: each module declares the variables it
 * reads, with a parser, a default and whether the value is a secret. Loading collects every
 * problem at once, so an operator fixes a bad deployment in one pass instead of one per restart.
 */
export interface VariableSpec<T> {
  description: string;
  /** Returns the parsed value, or a string saying what is wrong with it. */
  parse(raw: string): T | InvalidValue;
  default?: (env: NodeJS.ProcessEnv) => T;
  secret?: boolean;
  /** A rule that needs other variables (such as NODE_ENV): returns what is wrong, if anything. */
  check?(value: T, env: NodeJS.ProcessEnv): string | undefined;
}

export class InvalidValue {
  constructor(readonly reason: string) {}
}

export type ConfigSchema = Record<string, VariableSpec<unknown>>;
export type ConfigOf<S extends ConfigSchema> = { readonly [K in keyof S]: S[K] extends VariableSpec<infer T> ? T : never };

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

export function loadConfig<S extends ConfigSchema>(schema: S, env: NodeJS.ProcessEnv): ConfigOf<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      if (spec.default) values[name] = spec.default(env);
      else problems.push(`${name} is required: ${spec.description}`);
    } else {
      const parsed = spec.parse(raw);
      if (parsed instanceof InvalidValue) {
        const shown = spec.secret ? '(secret, not shown)' : JSON.stringify(raw);
        problems.push(`${name}=${shown} is invalid: ${parsed.reason}`);
        continue;
      }
      values[name] = parsed;
    }
    const problem = name in values ? spec.check?.(values[name], env) : undefined;
    if (problem) problems.push(`${name}: ${problem}`);
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return values as ConfigOf<S>;
}

export const parsers = {
  string: (raw: string): string => raw,
  port(raw: string): number | InvalidValue {
    const port = Number(raw);
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : new InvalidValue('expected a port number 1-65535');
  },
  positiveInteger(raw: string): number | InvalidValue {
    const value = Number(raw);
    return Number.isInteger(value) && value > 0 ? value : new InvalidValue('expected a positive whole number');
  },
  nonNegativeInteger(raw: string): number | InvalidValue {
    const value = Number(raw);
    return raw.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : new InvalidValue('expected a whole number, 0 or more');
  },
  boolean(raw: string): boolean | InvalidValue {
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    return new InvalidValue('expected true or false');
  },
  url(protocols: readonly string[]) {
    return (raw: string): string | InvalidValue => {
      try {
        const url = new URL(raw);
        return protocols.includes(url.protocol) ? raw : new InvalidValue(`expected a ${protocols.join(' or ')} URL`);
      } catch {
        return new InvalidValue('expected a URL');
      }
    };
  },
  oneOf<T extends string>(allowed: readonly T[]) {
    return (raw: string): T | InvalidValue =>
      (allowed as readonly string[]).includes(raw) ? (raw as T) : new InvalidValue(`expected one of ${allowed.join(', ')}`);
  },
  list(raw: string): string[] {
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  },
};

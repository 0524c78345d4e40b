import { ContextName } from '@qaztech/contracts';
import { parsers, VariableSpec } from '../config/config-schema';
import { DEFAULT_DATABASE_URL } from '../config/platform-config';

/** Where and as whom one context connects: a login role of its own, never the owner's. */
export interface ContextDatabase {
  context: ContextName;
  role: string;
  password: string;
  url: string;
}

/** The role a context connects as unless its `<CTX>_DATABASE_URL` names another. */
export function contextRoleName(context: ContextName): string {
  return `qaztech_${context}`;
}

/**
 * The password a context uses when none is configured: a known string, so a development machine
 * works out of the box, and for that reason refused with NODE_ENV=production.
 */
export function developmentPassword(context: ContextName): string {
  return `qaztech-${context}-dev`;
}

type Upper<C extends ContextName> = Uppercase<C>;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const isProduction = (env: NodeJS.ProcessEnv): boolean => env.NODE_ENV === 'production';
const userOf = (url: string): string => decodeURIComponent(new URL(url).username);

function names<C extends ContextName>(context: C) {
  const prefix = context.toUpperCase() as Upper<C>;
  return { url: `${prefix}_DATABASE_URL` as const, password: `${prefix}_DATABASE_PASSWORD` as const };
}

/**
 * The variables of one context's connection, for its configuration schema: either a whole URL, or
 * only a password for the context's own role on DATABASE_URL's server and database.
 */
export function contextDatabaseVariables<C extends ContextName>(
  context: C,
): Record<`${Upper<C>}_DATABASE_URL` | `${Upper<C>}_DATABASE_PASSWORD`, VariableSpec<string>> {
  const variable = names(context);
  const urlSpec: VariableSpec<string> = {
    description: `Connection URL of the ${context} context, as its own role; by default DATABASE_URL's server with the role ${contextRoleName(context)} and ${variable.password}`,
    parse: parsers.url(['postgres:', 'postgresql:']),
    default: () => '',
    secret: true,
    check: (value, env) => {
      if (value === '') return undefined;
      const role = userOf(value);
      if (!ROLE_NAME.test(role)) return 'must name a role of lower-case letters, digits and underscores';
      if (role === userOf(env.DATABASE_URL || DEFAULT_DATABASE_URL))
        return "must name a role of the context's own, not DATABASE_URL's owner role";
      if (isProduction(env) && decodeURIComponent(new URL(value).password) === developmentPassword(context)) {
        return 'the development password is refused with NODE_ENV=production';
      }
      return undefined;
    },
  };
  const passwordSpec: VariableSpec<string> = {
    description: `Password of the ${context} context's role ${contextRoleName(context)}; a development default outside production`,
    parse: parsers.string,
    default: () => '',
    secret: true,
    check: (value, env) => {
      if (!isProduction(env) || env[variable.url]) return undefined;
      if (value === '') return `required with NODE_ENV=production (or ${variable.url}): the development default is refused`;
      if (value === developmentPassword(context)) return 'the development password is refused with NODE_ENV=production';
      return undefined;
    },
  };
  return { [variable.url]: urlSpec, [variable.password]: passwordSpec } as Record<
    `${Upper<C>}_DATABASE_URL` | `${Upper<C>}_DATABASE_PASSWORD`,
    VariableSpec<string>
  >;
}

/**
 * The connection of `context`, from the owner's URL and the context's validated configuration
 * (which holds its database variables, from contextDatabaseVariables).
 */
export function contextDatabase(context: ContextName, ownerUrl: string, contextConfig: object): ContextDatabase {
  const variable = names(context);
  const variables = contextConfig as Partial<Record<string, string>>;
  const explicit = variables[variable.url];
  if (explicit) {
    const url = new URL(explicit);
    return { context, role: decodeURIComponent(url.username), password: decodeURIComponent(url.password), url: explicit };
  }
  const url = new URL(ownerUrl);
  const password = variables[variable.password] || developmentPassword(context);
  url.username = contextRoleName(context);
  url.password = password;
  return { context, role: contextRoleName(context), password, url: url.toString() };
}

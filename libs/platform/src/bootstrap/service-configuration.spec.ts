import { ConfigurationError, loadConfig, parsers } from '../config/config-schema';
import { contextDatabaseVariables } from '../database/context-database';
import { ContextDefinition, loadServiceConfiguration, loadTogether } from './service-configuration';

const REVIEW_SCHEMA = {
  ...contextDatabaseVariables('review'),
  REVIEW_DAYS: { description: 'days', parse: parsers.positiveInteger, default: () => 3 },
};
const HOOKS_SCHEMA = { HOOKS_MS: { description: 'ms', parse: parsers.positiveInteger, default: () => 10 } };
const AUDIT_SCHEMA = {
  ...contextDatabaseVariables('audit'),
  AUDIT_MAX: { description: 'max', parse: parsers.positiveInteger, default: () => 5 },
};

const REVIEW: ContextDefinition = {
  name: 'review',
  loadConfig: loadTogether(
    (env) => loadConfig(REVIEW_SCHEMA, env),
    (env) => loadConfig(HOOKS_SCHEMA, env),
  ),
  migrations: { context: 'review', migrations: [] },
  module: class ReviewProbeModule {},
};
const AUDIT: ContextDefinition = {
  name: 'audit',
  loadConfig: (env) => loadConfig(AUDIT_SCHEMA, env),
  migrations: { context: 'audit', migrations: [] },
  module: class AuditProbeModule {},
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadServiceConfiguration([REVIEW, AUDIT], env);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("a process's configuration", () => {
  it("names every problem of the platform and of every module's loaders in one error", () => {
    expect(problemsOf({ PORT: 'eighty', REVIEW_DAYS: 'three', HOOKS_MS: '-1', AUDIT_MAX: '0' })).toEqual([
      'PORT="eighty" is invalid: expected a port number 1-65535',
      'REVIEW_DAYS="three" is invalid: expected a positive whole number',
      'HOOKS_MS="-1" is invalid: expected a positive whole number',
      'AUDIT_MAX="0" is invalid: expected a positive whole number',
    ]);
  });

  it("gives each context its connection as its own role on DATABASE_URL's server", () => {
    const { platform, targets } = loadServiceConfiguration([REVIEW, AUDIT], {
      DATABASE_URL: 'postgres://owner:secret@db.internal:5432/exemptions',
      AUDIT_DATABASE_PASSWORD: 'ledger-password',
    });
    expect(platform.DATABASE_URL).toBe('postgres://owner:secret@db.internal:5432/exemptions');
    expect(targets.map(({ migrations, database }) => [migrations.context, database.url])).toEqual([
      ['review', 'postgres://qaztech_review:qaztech-review-dev@db.internal:5432/exemptions'],
      ['audit', 'postgres://qaztech_audit:ledger-password@db.internal:5432/exemptions'],
    ]);
  });
});

import { ConfigurationError, loadConfig } from '../config/config-schema';
import { contextDatabase, contextDatabaseVariables, developmentPassword } from './context-database';

const OWNER = 'postgres://postgres:owner-secret@db.internal:5432/qaztech_exemptions';
const load = (env: NodeJS.ProcessEnv) => loadConfig(contextDatabaseVariables('review'), { DATABASE_URL: OWNER, ...env });

function problemsOf(attempt: () => unknown): string[] {
  try {
    attempt();
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("a context's database connection", () => {
  it("is the owner's server and database, as the context's own role with a development password", () => {
    const database = contextDatabase('review', OWNER, load({}));
    expect(database).toMatchObject({ context: 'review', role: 'qaztech_review', password: developmentPassword('review') });
    const url = new URL(database.url);
    expect([url.username, url.host, url.pathname]).toEqual(['qaztech_review', 'db.internal:5432', '/qaztech_exemptions']);
    expect(database.url).not.toContain('owner-secret');
  });

  it('takes its password from <CTX>_DATABASE_PASSWORD, any character included', () => {
    const database = contextDatabase('review', OWNER, load({ REVIEW_DATABASE_PASSWORD: 'p@ss:w/rd' }));
    expect(database.password).toBe('p@ss:w/rd');
    expect(decodeURIComponent(new URL(database.url).password)).toBe('p@ss:w/rd');
  });

  it('takes role, server and password from a whole <CTX>_DATABASE_URL', () => {
    const database = contextDatabase(
      'review',
      OWNER,
      load({ REVIEW_DATABASE_URL: 'postgres://commission:s3cret@replica:6432/exemptions' }),
    );
    expect(database).toMatchObject({ role: 'commission', password: 's3cret', url: 'postgres://commission:s3cret@replica:6432/exemptions' });
  });

  it("refuses a URL that would connect as the owner's role", () => {
    expect(problemsOf(() => load({ REVIEW_DATABASE_URL: 'postgres://postgres:x@db.internal/qaztech_exemptions' }))).toEqual([
      "REVIEW_DATABASE_URL: must name a role of the context's own, not DATABASE_URL's owner role",
    ]);
  });

  it('refuses, in production, a missing password and the development one, naming each', () => {
    expect(problemsOf(() => load({ NODE_ENV: 'production' }))).toEqual([
      'REVIEW_DATABASE_PASSWORD: required with NODE_ENV=production (or REVIEW_DATABASE_URL): the development default is refused',
    ]);
    expect(problemsOf(() => load({ NODE_ENV: 'production', REVIEW_DATABASE_PASSWORD: developmentPassword('review') }))).toEqual([
      'REVIEW_DATABASE_PASSWORD: the development password is refused with NODE_ENV=production',
    ]);
    const developmentUrl = `postgres://qaztech_review:${developmentPassword('review')}@db.internal/qaztech_exemptions`;
    expect(problemsOf(() => load({ NODE_ENV: 'production', REVIEW_DATABASE_URL: developmentUrl }))).toEqual([
      'REVIEW_DATABASE_URL: the development password is refused with NODE_ENV=production',
    ]);
    expect(problemsOf(() => load({ NODE_ENV: 'production', REVIEW_DATABASE_PASSWORD: 'long-and-random' }))).toEqual([]);
  });
});

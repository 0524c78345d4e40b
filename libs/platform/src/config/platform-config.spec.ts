import { ConfigurationError } from './config-schema';
import { loadPlatformConfig } from './platform-config';

describe('platform configuration', () => {
  it('runs with no environment at all on the documented defaults', () => {
    const config = loadPlatformConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/qaztech_exemptions');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.AUTH_DEV_ISSUER).toBe(true);
  });

  it('names every bad variable in one error', () => {
    const attempt = () => loadPlatformConfig({ PORT: 'eighty', REDIS_URL: 'http://x', NODE_ENV: 'staging' });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as ConfigurationError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT="eighty" is invalid/);
      expect(problems.join('\n')).toMatch(/NODE_ENV="staging" is invalid/);
      // A URL may hold a password: the message must not echo it.
      expect(problems.join('\n')).toMatch(/REDIS_URL=\(secret, not shown\) is invalid/);
    }
  });

  it('refuses the development issuer in production', () => {
    expect(() => loadPlatformConfig({ NODE_ENV: 'production', AUTH_DEV_ISSUER: 'true', AUTH_JWKS_URL: 'https://idp/jwks' })).toThrow(
      /AUTH_DEV_ISSUER=true is refused with NODE_ENV=production/,
    );
  });

  it('turns the development issuer off in production and then wants an issuer URL to discover, or a JWKS URL', () => {
    expect(() => loadPlatformConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_ISSUER must be the identity provider's URL/);
    const config = loadPlatformConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' });
    expect(config.AUTH_DEV_ISSUER).toBe(false);
    expect(config.MIGRATE_ON_START).toBe(false);
    const discovered = loadPlatformConfig({ NODE_ENV: 'production', AUTH_ISSUER: 'https://id.example.kz/realms/qaztech' });
    expect(discovered.AUTH_JWKS_URL).toBe('');
  });
});

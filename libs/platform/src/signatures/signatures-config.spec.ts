import { loadPlatformConfig } from '../config/platform-config';

describe('signature configuration', () => {
  it('requires signatures in production and trusts nothing until the operator names a bundle', () => {
    const config = loadPlatformConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' });
    expect(config.SIGNATURES_REQUIRED).toBe(true);
    expect(config.SIGNATURE_TRUSTED_ROOTS).toBe('');
  });

  it('in development verifies what is sent against the development PKI without requiring it', () => {
    const config = loadPlatformConfig({});
    expect(config.SIGNATURES_REQUIRED).toBe(false);
    expect(config.SIGNATURE_TRUSTED_ROOTS).toBe('.local/pki/trusted-roots.pem');
    expect(config.SIGNATURE_SIGNING_POLICIES).toEqual(['1.2.398.3.3.2.1']);
  });

  it('refuses policies that are not object identifiers', () => {
    expect(() => loadPlatformConfig({ SIGNATURE_SIGNING_POLICIES: '1.2.398.3.3.2.1, signing' })).toThrow(
      /"signing" is not an object identifier/,
    );
  });
});

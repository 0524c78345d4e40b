import { loadPlatformConfig } from '../../config/platform-config';
import { clientKey, policyFor, verdict } from './rate-limit.policy';

describe('rate-limit policy', () => {
  it.each([
    ['POST', undefined, 'write'],
    ['put', undefined, 'write'],
    ['PATCH', 'public', 'write'],
    ['DELETE', undefined, 'write'],
    ['GET', 'public', 'public'],
    ['GET', undefined, undefined],
    ['HEAD', undefined, undefined],
  ] as const)('%s with %s declared falls under %s', (method, declared, expected) => {
    expect(policyFor(declared, method)).toBe(expected);
  });

  it('keys writes by subject and everything else by address', () => {
    expect(clientKey('write', '10.0.0.1', 'user-1')).toMatch(/^user:[A-Za-z0-9_-]{22}$/);
    expect(clientKey('write', '10.0.0.1', 'user-1')).toBe(clientKey('write', '10.0.0.2', 'user-1'));
    expect(clientKey('write', '10.0.0.1', undefined)).toBe('ip:10.0.0.1');
    expect(clientKey('public', '10.0.0.1', 'user-1')).toBe('ip:10.0.0.1');
  });

  it('allows up to the limit and then names the wait', () => {
    expect(verdict(2, 60, { count: 2, resetMs: 30_500 })).toEqual({
      allowed: true,
      retryAfterSeconds: 31,
      headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '31', 'ratelimit-policy': '2;w=60' },
    });
    const refused = verdict(2, 60, { count: 3, resetMs: 10 });
    expect(refused.allowed).toBe(false);
    expect(refused.headers['retry-after']).toBe('1');
  });

  it('reads the trusted proxies from the environment and refuses nonsense', () => {
    expect(loadPlatformConfig({}).TRUST_PROXY).toBe(false);
    expect(loadPlatformConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadPlatformConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadPlatformConfig({ TRUST_PROXY: 'the gateway' })).toThrow(/TRUST_PROXY="the gateway" is invalid/);
  });
});

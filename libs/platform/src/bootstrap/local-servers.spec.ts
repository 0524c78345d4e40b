import { ConfigurationError } from '../config/config-schema';
import { chooseQueueBackend, requireExplicitServers } from './local-servers';

describe('requireExplicitServers (NODE_ENV=production)', () => {
  const production = { NODE_ENV: 'production' };

  it.each([
    [{ DATABASE_URL: 'postgres://owner@db/qtx', REDIS_URL: 'redis://redis:6379' }],
    [{ DATABASE_URL: 'postgres://owner@db/qtx', QUEUE_BACKEND: 'postgres' }],
    [{ DATABASE_URL: 'postgres://owner@db/qtx', REDIS_URL: 'redis://redis:6379', QUEUE_BACKEND: 'redis' }],
  ])('accepts explicit servers: %j', (env) => {
    expect(() => requireExplicitServers({ ...production, ...env })).not.toThrow();
  });

  it('names every missing server at once, and never offers an embedded one', () => {
    const error = (() => {
      try {
        requireExplicitServers({ ...production });
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      expect.stringMatching(/^DATABASE_URL is required with NODE_ENV=production/),
      expect.stringMatching(/^REDIS_URL is required with NODE_ENV=production, or QUEUE_BACKEND=postgres/),
    ]);
  });

  it('refuses QUEUE_BACKEND=redis without REDIS_URL', () => {
    expect(() => requireExplicitServers({ ...production, DATABASE_URL: 'postgres://owner@db/qtx', QUEUE_BACKEND: 'redis' })).toThrow(
      ConfigurationError,
    );
  });
});

describe('chooseQueueBackend', () => {
  it('takes QUEUE_BACKEND as it is, and Redis when REDIS_URL names one', async () => {
    expect(await chooseQueueBackend({ QUEUE_BACKEND: 'postgres', REDIS_URL: 'redis://redis:6379' })).toBe('postgres');
    expect(await chooseQueueBackend({ QUEUE_BACKEND: 'redis' })).toBe('redis');
    expect(await chooseQueueBackend({ REDIS_URL: 'redis://redis:6379' })).toBe('redis');
  });
});

import { Redis } from 'ioredis';

/**
 * A connection for producers: with no offline queue, a command fails at once while Redis is
 * away, so the outbox relay notices, keeps the rows and retries, instead of hanging.
 */
export function createProducerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/** Workers block on Redis, so BullMQ requires them to retry commands forever. */
export function createWorkerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/**
 * A connection for request-path counters (rate limits): a slow Redis must not slow every
 * request, so a command gives up quickly and the caller carries on without the counter.
 */
export function createCounterConnection(redisUrl: string): Redis {
  const connection = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 500,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  connection.on('error', () => undefined);
  return connection;
}

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

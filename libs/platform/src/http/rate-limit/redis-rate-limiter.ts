import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Redis } from 'ioredis';
import { WindowCount } from './rate-limit.policy';
import { RateLimiter } from './rate-limiter';

/**
 * A fixed window per key: the first request creates the counter with the window as its time to
 * live. One script, so replicas sharing Redis never lose an increment or leave a counter that
 * never expires.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

const OUTAGE_LOG_INTERVAL_MS = 60_000;

/** How long a starting service waits for the counters' Redis before it serves without limits. */
const FIRST_CONNECTION_WAIT_MS = 2_000;

export class RedisRateLimiter implements RateLimiter, OnApplicationBootstrap {
  private readonly logger = new Logger('RateLimiter');
  private lastOutageLog = 0;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  /**
   * Waits, briefly, for the first connection: the connection refuses commands until it is ready,
   * so a service that took requests at once would serve its first ones unlimited although Redis
   * was there all along. A Redis that is away does not hold the start up for longer.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done);
        this.redis.off('end', done);
        resolve();
      };
      const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS);
      this.redis.once('ready', done);
      this.redis.once('end', done);
    });
  }

  /** Counts one request; undefined when Redis cannot answer (the caller decides what that means). */
  async hit(key: string, windowMs: number): Promise<WindowCount | undefined> {
    try {
      const [count, resetMs] = (await this.redis.eval(HIT_SCRIPT, 1, `${this.keyPrefix}:ratelimit:${key}`, windowMs)) as [number, number];
      return { count, resetMs };
    } catch (error) {
      this.logOutage(error);
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private logOutage(error: unknown): void {
    const now = Date.now();
    if (now - this.lastOutageLog < OUTAGE_LOG_INTERVAL_MS) return;
    this.lastOutageLog = now;
    this.logger.warn({ msg: 'rate limiter cannot reach Redis; requests pass unlimited', error: String(error) });
  }
}

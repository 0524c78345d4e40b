import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { WindowCount } from './rate-limit.policy';

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

export class RedisRateLimiter {
  private readonly logger = new Logger('RateLimiter');
  private lastOutageLog = 0;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

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

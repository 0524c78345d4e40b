import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { QUEUE_SCHEMA } from '../../config/platform-config';
import { WindowCount } from './rate-limit.policy';
import { RateLimiter } from './rate-limiter';

/**
 * A fixed window per key, as the Redis limiter counts it, in one statement: the first request of
 * a window (no row, or the row's window over) starts the count at 1, every other adds one. Row
 * locks serialise replicas' increments of one key, so none is lost.
 */
const HIT = `
  INSERT INTO ${QUEUE_SCHEMA}.request_counters AS counter (key, count, window_ends)
  VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN counter.window_ends <= clock_timestamp() THEN 1 ELSE counter.count + 1 END,
    window_ends = CASE WHEN counter.window_ends <= clock_timestamp() THEN EXCLUDED.window_ends ELSE counter.window_ends END
  RETURNING count, GREATEST(0, CEIL(EXTRACT(EPOCH FROM window_ends - clock_timestamp()) * 1000))::bigint AS reset_ms`;

/** Counters whose window is over are kept until the next sweep; a key seen again reuses its row. */
const SWEEP = `DELETE FROM ${QUEUE_SCHEMA}.request_counters WHERE window_ends < clock_timestamp() - interval '1 minute'`;
const SWEEP_INTERVAL_MS = 5 * 60_000;
const OUTAGE_LOG_INTERVAL_MS = 60_000;
/** As with Redis: a slow store must not slow every request; past this the request passes uncounted. */
const STATEMENT_TIMEOUT_MS = 500;

/** The request counters on the PostgreSQL queue backend, in the queue schema, as the queue role. */
export class PostgresRateLimiter implements RateLimiter {
  private readonly logger = new Logger('RateLimiter');
  private readonly sweeper: NodeJS.Timeout;
  private lastOutageLog = 0;

  constructor(private readonly pool: Pool) {
    this.pool.on('error', () => undefined);
    this.sweeper = setInterval(() => void this.pool.query(SWEEP).catch(() => undefined), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  static connect(url: string): PostgresRateLimiter {
    return new PostgresRateLimiter(
      new Pool({
        connectionString: url,
        max: 4,
        statement_timeout: STATEMENT_TIMEOUT_MS,
        connectionTimeoutMillis: 2_000,
        application_name: 'qaztech-rate-limit',
      }),
    );
  }

  async hit(key: string, windowMs: number): Promise<WindowCount | undefined> {
    try {
      const { rows } = await this.pool.query<{ count: number; reset_ms: string }>({
        name: 'rate-limit-hit',
        text: HIT,
        values: [key, windowMs],
      });
      return { count: rows[0]!.count, resetMs: Number(rows[0]!.reset_ms) };
    } catch (error) {
      this.logOutage(error);
      return undefined;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.pool.end().catch(() => undefined);
  }

  private logOutage(error: unknown): void {
    const now = Date.now();
    if (now - this.lastOutageLog < OUTAGE_LOG_INTERVAL_MS) return;
    this.lastOutageLog = now;
    this.logger.warn({ msg: 'rate limiter cannot reach its counters; requests pass unlimited', error: String(error) });
  }
}

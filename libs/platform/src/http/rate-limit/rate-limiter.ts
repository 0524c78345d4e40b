import { WindowCount } from './rate-limit.policy';

/** Where request counters live (Redis, or PostgreSQL beside the queues): shared by every replica. */
export interface RateLimiter {
  /** Counts one request; undefined when the store cannot answer (the caller decides what that means). */
  hit(key: string, windowMs: number): Promise<WindowCount | undefined>;
  close(): Promise<void>;
}

import { JobsOptions } from 'bullmq';

/**
 * Job defaults in one place. Retries back off exponentially (1 s, 2 s, 4 s … ≈ 34 min for the
 * twelfth) so a consumer whose database is briefly away catches up without a storm; a job
 * that exhausts them stays in the failed set (the dead letters) for a month, for inspection
 * and replay.
 */
export const EVENT_JOB_OPTIONS: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** A head announcement is only a hint, repeated every few seconds: keep little of it. */
export const SOURCE_HEAD_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 3600, count: 1_000 },
  removeOnFail: { age: 24 * 3600 },
};

/**
 * Timers (deadlines, expiries) are delayed jobs whose id names what they check and when, so a
 * re-schedule of the same moment is a no-op. They retry like events; a finished one is kept a
 * day for inspection.
 */
export const TIMER_JOB_OPTIONS: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { openQueue, QueueSettings } from '@qaztech/platform';

/** How many failed jobs are read from the queues at once. */
const PAGE = 500;

export interface DeadJob {
  queue: string;
  job: Job;
}

/**
 * The failed jobs of the system's queues: those that used up their retries and stay in BullMQ's
 * failed set (a month for events and timers) until someone looks at them or sends them again.
 */
export class DeadJobs {
  private connection?: Redis;
  private readonly queues: Map<string, Queue>;

  constructor(
    private readonly settings: QueueSettings,
    queueNames: readonly string[],
  ) {
    this.queues = new Map(queueNames.map((name) => [name, openQueue(settings, name, () => this.redis())]));
  }

  /** Fails when the queues do not answer, before anything is read. */
  async connect(): Promise<void> {
    if (this.settings.kind === 'redis') {
      await this.redis().ping();
      return;
    }
    await Promise.all([...this.queues.values()].map((queue) => queue.waitUntilReady()));
  }

  private redis(): Redis {
    // A command should fail at once when Redis is unreachable, not retry for ever.
    if (!this.connection) {
      this.connection = new Redis(this.settings.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 3_000, retryStrategy: () => null });
      this.connection.on('error', () => undefined);
    }
    return this.connection;
  }

  /** Failed jobs of every queue, oldest failure first within a queue. */
  async *all(): AsyncGenerator<DeadJob> {
    for (const [name, queue] of this.queues) {
      for (let start = 0; ; start += PAGE) {
        const jobs = (await queue.getFailed(start, start + PAGE - 1)).filter((job): job is Job => Boolean(job));
        for (const job of jobs) yield { queue: name, job };
        if (jobs.length < PAGE) break;
      }
    }
  }

  async count(): Promise<number> {
    let total = 0;
    for (const queue of this.queues.values()) total += await queue.getFailedCount();
    return total;
  }

  /** A job id in every queue that holds it: one event is one job on each consumer's queue. */
  async find(id: string): Promise<{ queue: string; job: Job; state: string }[]> {
    const found: { queue: string; job: Job; state: string }[] = [];
    for (const [name, queue] of this.queues) {
      const job = await queue.getJob(id);
      if (job) found.push({ queue: name, job, state: await job.getState() });
    }
    return found;
  }

  /** Back to waiting, with its attempts counted afresh: it gets its whole retry budget again. */
  async redrive(job: Job): Promise<void> {
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    this.connection?.disconnect();
  }
}

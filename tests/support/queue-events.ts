import { QueueEvents } from 'bullmq';
import { PlatformConfig } from '@qaztech/platform';
import { openTestQueueEvents } from './test-queue';

/**
 * Waits for jobs of a queue to finish, by BullMQ's own completion events: what a test waits for
 * when it must show that a job ran and changed nothing more.
 */
export class JobCompletions {
  private constructor(private readonly events: QueueEvents) {}

  static async of(config: PlatformConfig, queueName: string): Promise<JobCompletions> {
    const events = openTestQueueEvents(config, queueName);
    await events.waitUntilReady();
    return new JobCompletions(events);
  }

  /** Resolves once `count` jobs whose id passes `match` have completed, counted from this call. */
  completed(match: (jobId: string) => boolean, count = 1, timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      let seen = 0;
      const stop = (): void => {
        clearTimeout(guard);
        this.events.off('completed', onCompleted);
        this.events.off('failed', onFailed);
      };
      const onCompleted = ({ jobId }: { jobId: string }): void => {
        if (!match(jobId) || ++seen < count) return;
        stop();
        resolve();
      };
      const onFailed = ({ jobId, failedReason }: { jobId: string; failedReason: string }): void => {
        if (!match(jobId)) return;
        stop();
        reject(new Error(`job ${jobId} failed: ${failedReason}`));
      };
      const guard = setTimeout(() => {
        stop();
        reject(new Error(`${count} matching jobs did not complete within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on('completed', onCompleted);
      this.events.on('failed', onFailed);
    });
  }

  async close(): Promise<void> {
    await this.events.close();
  }
}

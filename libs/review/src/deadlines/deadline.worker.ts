import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { Metrics, PLATFORM_CONFIG, PlatformConfig, queueSettings, RunningWorker, startWorker } from '@qaztech/platform';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { DEADLINE_QUEUE, TimerJob } from '../shared/review-queues';
import { TimerJobs } from './timer-jobs';
import { TimerSweep } from './timer-sweep';

/**
 * Runs the review timers. Whenever its Redis connection becomes ready (at start-up, and again
 * after Redis comes back) it schedules every live timer again: ids make that a no-op for those
 * still queued, and it restores those a Redis restarted empty has lost.
 */
@Injectable()
export class DeadlineWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineWorker.name);
  private running: RunningWorker | undefined;
  private sweeping: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly jobs: TimerJobs,
    private readonly sweep: TimerSweep,
    @Inject(REVIEW_CONFIG) private readonly reviewConfig: ReviewConfig,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    this.running = startWorker(queueSettings(this.config), DEADLINE_QUEUE, (job: Job<TimerJob>) => this.process(job.data), {
      concurrency: 4,
      onConnected: () => {
        this.sweeping = this.sweeping.then(() => this.sweepPatiently());
      },
    });
    const { worker } = this.running;
    worker.on('error', (error) => this.logger.warn(`Worker error: ${error.message}`));
    worker.on('failed', (job, error) => this.logger.warn(`Timer ${job?.id ?? '?'} failed: ${error.message}`));
    this.metrics.countDeadJobs(worker, DEADLINE_QUEUE);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.sweeping;
    // As for the event worker: with Redis away a graceful close would wait for it forever.
    await this.running?.stop();
    this.running = undefined;
  }

  async process(job: TimerJob): Promise<string> {
    return this.jobs.run(job);
  }

  /** The producer connection may come back a moment after this one: try for a few seconds. */
  private async sweepPatiently(): Promise<void> {
    for (let attempt = 0; attempt < 10 && !this.stopped; attempt += 1) {
      try {
        await this.sweep.all(this.reviewConfig.REVIEW_CLAIM_SWEEP_SECONDS * 1_000);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    if (!this.stopped) this.logger.warn('Timers not queued again after Redis returned; the next start-up will');
  }
}

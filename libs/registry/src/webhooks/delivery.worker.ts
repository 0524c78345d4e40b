import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  CONTEXT_DATABASE,
  ContextDatabase,
  Metrics,
  NotificationListener,
  PLATFORM_CONFIG,
  PlatformConfig,
  queueSettings,
  RunningWorker,
  startWorker,
} from '@qaztech/platform';
import { WEBHOOK_DELIVERY_QUEUE, WebhookDeliveryJob } from '../shared/registry-queues';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryScheduler } from './delivery.scheduler';
import { SendDeliveryUseCase } from './send-delivery.use-case';
import { WEBHOOK_CHANNEL, WEBHOOK_CONFIG, WebhookConfig } from './webhook-config';

/** A job told to look again "now" by a clock slightly ahead of the database's waits this much. */
const MIN_POSTPONE_MS = 50;

/**
 * Runs delivery jobs, and keeps every pending delivery's job on the queue: a sweep queues each
 * subscriber's next delivery when a commit creates or revives deliveries (a Postgres
 * notification), when Redis comes back, and every WEBHOOK_SWEEP_MS. Queueing is idempotent, so
 * the sweep restores what a Redis restarted empty has lost and changes nothing otherwise.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private running: RunningWorker | undefined;
  private readonly listener: NotificationListener;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private sweepAgain = false;
  private stopped = false;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly platform: PlatformConfig,
    @Inject(CONTEXT_DATABASE) database: ContextDatabase,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
    private readonly sendDelivery: SendDeliveryUseCase,
    private readonly deliveries: DeliveryRepository,
    private readonly scheduler: DeliveryScheduler,
    private readonly metrics: Metrics,
    private readonly dataSource: DataSource,
  ) {
    this.listener = new NotificationListener(database.url, WEBHOOK_CHANNEL, () => this.requestSweep());
  }

  onApplicationBootstrap(): void {
    this.running = startWorker(
      queueSettings(this.platform),
      WEBHOOK_DELIVERY_QUEUE,
      (job: Job<WebhookDeliveryJob>, token?: string) => this.process(job, token),
      { concurrency: 4, onConnected: () => this.requestSweep() },
    );
    const { worker } = this.running;
    worker.on('error', (error) => this.logger.warn(`Worker error: ${error.message}`));
    worker.on('failed', (job, error) => this.logger.warn(`Delivery job ${job?.id ?? '?'} failed: ${error.message}`));
    this.metrics.countDeadJobs(worker, WEBHOOK_DELIVERY_QUEUE);
    this.listener.start();
    this.timer = setInterval(() => this.requestSweep(), this.config.WEBHOOK_SWEEP_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener.stop();
    await this.sweeping;
    // As for the event worker: with Redis away a graceful close would wait for it forever.
    await this.running?.stop();
    this.running = undefined;
  }

  private async process(job: Job<WebhookDeliveryJob>, token: string | undefined): Promise<void> {
    const step = await this.sendDelivery.execute(job.data.deliveryId);
    if (step.kind !== 'later') return;
    await job.moveToDelayed(Math.max(step.at.getTime(), Date.now() + MIN_POSTPONE_MS), token);
    throw new DelayedError();
  }

  /** Sweeps now, or right after the sweep in progress: requests in between collapse into one. */
  requestSweep(): void {
    if (this.stopped) return;
    if (this.sweeping) {
      this.sweepAgain = true;
      return;
    }
    this.sweeping = (async () => {
      do {
        this.sweepAgain = false;
        await this.sweep().catch((error: Error) => this.logger.warn(`Webhook sweep failed, the next one retries: ${error.message}`));
      } while (this.sweepAgain && !this.stopped);
      this.sweeping = undefined;
    })();
  }

  /** Queues every subscriber's next delivery, at its time. */
  async sweep(): Promise<void> {
    for (const head of await this.deliveries.heads(this.dataSource.manager)) await this.scheduler.schedule(head.id, head.nextAttemptAt);
  }
}

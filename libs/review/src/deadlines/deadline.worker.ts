import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createWorkerConnection, PLATFORM_CONFIG, PlatformConfig, withTimeout } from '@qaztech/platform';
import { DecisionRepository } from '../decisions/decision.repository';
import { TaskRepository } from '../tasks/task.repository';
import { CaseTimers } from './case-timers';
import { CheckCaseDeadlineUseCase } from './check-case-deadline.use-case';
import { CheckExpiryUseCase } from './check-expiry.use-case';
import { CheckTaskDeadlineUseCase } from './check-task-deadline.use-case';
import { DEADLINE_QUEUE, TimerJob } from './deadline-queue';
import { DeadlineScheduler } from './deadline.scheduler';

/**
 * Runs the review timers. At start-up it schedules every live timer again (ids make that a
 * no-op for those already queued), which covers a timer lost while Redis was away.
 */
@Injectable()
export class DeadlineWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineWorker.name);
  private worker: Worker | undefined;
  private connection: Redis | undefined;
  private sweeping: Promise<void> = Promise.resolve();

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly checkTask: CheckTaskDeadlineUseCase,
    private readonly checkCase: CheckCaseDeadlineUseCase,
    private readonly checkExpiry: CheckExpiryUseCase,
    private readonly caseTimers: CaseTimers,
    private readonly scheduler: DeadlineScheduler,
    private readonly tasks: TaskRepository,
    private readonly decisions: DecisionRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.connection = createWorkerConnection(this.config.REDIS_URL);
    this.connection.on('error', () => undefined);
    this.worker = new Worker(DEADLINE_QUEUE, (job: Job<TimerJob>) => this.process(job.data), {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: 4,
    });
    this.worker.on('error', (error) => this.logger.warn(`Worker error: ${error.message}`));
    this.worker.on('failed', (job, error) => this.logger.warn(`Timer ${job?.id ?? '?'} failed: ${error.message}`));
    this.sweeping = this.scheduler.quietly(() => this.sweep());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.sweeping;
    if (!this.worker) return;
    // As for the event worker: with Redis away a graceful close would wait for it forever.
    const graceful = this.connection?.status === 'ready';
    await withTimeout(this.worker.close(!graceful), 10_000, 'closing the timer worker').catch(() => undefined);
    this.connection?.disconnect();
    this.worker = undefined;
    this.connection = undefined;
  }

  async process(job: TimerJob): Promise<string> {
    switch (job.kind) {
      case 'task_deadline':
        return this.checkTask.execute(job.taskId);
      case 'case_deadline':
        return this.checkCase.execute(job.requestId);
      case 'decision_expiry':
        return this.checkExpiry.execute(job.decisionId);
    }
  }

  private async sweep(): Promise<void> {
    await this.scheduler.scheduleTasks(await this.tasks.live());
    await this.caseTimers.scheduleRunning();
    for (const decision of await this.decisions.inForce()) {
      if (decision.validUntil) await this.scheduler.scheduleExpiry(decision.id, decision.validUntil);
    }
  }
}

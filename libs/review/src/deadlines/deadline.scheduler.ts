import { Injectable } from '@nestjs/common';
import { Clock, EventPublisher, TIMER_JOB_OPTIONS, withTimeout } from '@qaztech/platform';
import { endOfAlmatyDay } from '../calendar/working-days';
import { ReviewTimers, TimedTask } from '../case/review-timers';
import {
  caseDeadlineJobId,
  CLAIM_LEASE_SCHEDULER_ID,
  DEADLINE_QUEUE,
  expiryJobId,
  taskDeadlineJobId,
  TimerJob,
} from '../shared/review-queues';

/**
 * Puts timers on the queue. A timer only says "look again at this moment": the job reads the
 * database before acting, so a timer for a task that was rolled back, finished or re-dated does
 * nothing. A failure to schedule (Redis away) is logged rather than failing the change: the
 * sweep the worker runs when Redis is back schedules every live timer again.
 */
@Injectable()
export class DeadlineScheduler extends ReviewTimers {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
  ) {
    super();
  }

  async scheduleTasks(tasks: readonly TimedTask[]): Promise<void> {
    for (const task of tasks) {
      await this.add({ kind: 'task_deadline', taskId: task.id }, taskDeadlineJobId(task.id, task.dueDate), task.dueAt);
    }
  }

  /** `recheck` gives the timer a fresh id, for when one for the same date may already have run. */
  async scheduleCase(requestId: string, dueDate: string, recheck = false): Promise<void> {
    const jobId = caseDeadlineJobId(requestId, dueDate) + (recheck ? `-recheck-${this.clock.now().getTime()}` : '');
    await this.add({ kind: 'case_deadline', requestId }, jobId, endOfAlmatyDay(dueDate));
  }

  async scheduleExpiry(decisionId: string, validUntil: string): Promise<void> {
    await this.add({ kind: 'decision_expiry', decisionId }, expiryJobId(decisionId, validUntil), endOfAlmatyDay(validUntil));
  }

  /**
   * A timer that fired before its moment (clocks differ by a little) looks again later. Its own id
   * still names the moment, and is already taken by the job that fired, so the retry takes a new one.
   */
  async recheckTask(task: TimedTask): Promise<void> {
    const jobId = `${taskDeadlineJobId(task.id, task.dueDate)}-recheck-${this.clock.now().getTime()}`;
    await this.add({ kind: 'task_deadline', taskId: task.id }, jobId, task.dueAt);
  }

  async recheckExpiry(decisionId: string, validUntil: string): Promise<void> {
    const jobId = `${expiryJobId(decisionId, validUntil)}-recheck-${this.clock.now().getTime()}`;
    await this.add({ kind: 'decision_expiry', decisionId }, jobId, endOfAlmatyDay(validUntil));
  }

  /**
   * The claim-lease sweep repeats every `everyMs`. Upserting the scheduler is idempotent, so it is
   * done at every sweep of live timers, which also restores it after Redis comes back empty.
   */
  async scheduleClaimLeases(everyMs: number): Promise<void> {
    const job: TimerJob = { kind: 'claim_leases' };
    await withTimeout(
      this.publisher
        .queue(DEADLINE_QUEUE)
        .upsertJobScheduler(CLAIM_LEASE_SCHEDULER_ID, { every: everyMs }, { name: job.kind, data: job, opts: TIMER_JOB_OPTIONS }),
      5_000,
      'scheduling the claim-lease sweep',
    );
  }

  private async add(job: TimerJob, jobId: string, at: Date): Promise<void> {
    const delay = Math.max(0, at.getTime() - this.clock.now().getTime());
    // Bounded: a Redis that never answers must not hold up the change that asked for the timer.
    await withTimeout(
      this.publisher.queue(DEADLINE_QUEUE).add(job.kind, job, { ...TIMER_JOB_OPTIONS, jobId, delay }),
      5_000,
      'scheduling a timer',
    );
  }
}

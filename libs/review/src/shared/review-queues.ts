import { eventQueueName } from '@qaztech/contracts';

/** Review's event queue, whose name the routing in the contracts gives. */
export const REVIEW_EVENT_QUEUE = eventQueueName('review');

/** Review's own machine queue, its timers: one name, one payload type per job, defined here only. */
export const DEADLINE_QUEUE = 'review.deadlines';

export type TimerJob =
  | { kind: 'task_deadline'; taskId: string }
  | { kind: 'case_deadline'; requestId: string }
  | { kind: 'decision_expiry'; decisionId: string }
  | { kind: 'claim_leases' };

/** The one repeating timer: it looks for claims whose lease ran out. */
export const CLAIM_LEASE_SCHEDULER_ID = 'claim-leases';

/** Named after what it checks and when: re-scheduling the same moment adds nothing. */
export function taskDeadlineJobId(taskId: string, dueDate: string): string {
  return `task-${taskId}-${dueDate}`;
}

export function expiryJobId(decisionId: string, validUntil: string): string {
  return `expiry-${decisionId}-${validUntil}`;
}

export function caseDeadlineJobId(requestId: string, dueDate: string): string {
  return `case-${requestId}-${dueDate}`;
}

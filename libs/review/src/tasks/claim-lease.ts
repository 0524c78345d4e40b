import { TaskStatus } from './task.entity';

export interface LeasedTask {
  status: TaskStatus;
  claimedAt: Date | null;
}

/** The claim time before which a held task's lease has run out. */
export function leaseCutoff(now: Date, leaseMinutes: number): Date {
  return new Date(now.getTime() - leaseMinutes * 60_000);
}

/**
 * A claim is a lease, not ownership: a person who claims a task and then leaves it (ill, moved
 * on, forgot) must not keep it from everyone else. A claimed task unfinished for longer than the
 * lease goes back to its queue; an open or finished one has nothing to release.
 */
export function claimLeaseExpired(task: LeasedTask, now: Date, leaseMinutes: number): boolean {
  if (task.status !== 'claimed' || task.claimedAt === null) return false;
  return task.claimedAt.getTime() <= leaseCutoff(now, leaseMinutes).getTime();
}

import { EntityManager } from 'typeorm';
import { ReviewStage } from '@qaztech/contracts';
import { DomainError, Principal } from '@qaztech/platform';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { TaskEntity } from './task.entity';
import { TaskRepository } from './task.repository';
import { ReviewError } from '../shared/review-errors';

/**
 * Locks a task the caller holds, with its request, for work on it: only the holder finishes a
 * task, and only a task of the stage the action belongs to.
 */
export async function lockHeldTask(
  manager: EntityManager,
  repositories: { requests: ReviewRequestRepository; tasks: TaskRepository },
  principal: Principal,
  taskId: string,
  stages: readonly ReviewStage[],
): Promise<{ request: ReviewRequestEntity; task: TaskEntity }> {
  const peek = await repositories.tasks.find(taskId, manager);
  if (!stages.includes(peek.stage)) throw new DomainError(ReviewError.WRONG_STAGE_ROLE, [], { stage: peek.stage });
  const request = await repositories.requests.lock(peek.requestId, manager);
  const task = await repositories.tasks.lock(taskId, manager);
  if (task.status === 'done' || task.status === 'cancelled') throw new DomainError(ReviewError.TASK_CLOSED);
  if (task.status !== 'claimed' || task.assigneeId !== principal.subject) throw new DomainError(ReviewError.TASK_NOT_HELD);
  return { request, task };
}

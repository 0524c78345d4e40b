import { ReviewStage } from '@qaztech/contracts';
import { DomainError, Principal } from '@qaztech/platform';
import { CaseEntity } from '../case/case.entity';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { TaskEntity } from './task.entity';
import { TaskRepository } from './task.repository';
import { ReviewError } from '../shared/review-errors';

export type TaskWork<T> = (tx: CaseWork, theCase: CaseEntity, task: TaskEntity) => Promise<T>;

/** A change to one task: its case locked first, then the task. `check` runs on the unlocked task before any lock. */
export async function onTask<T>(
  uow: ReviewUnitOfWork,
  tasks: TaskRepository,
  taskId: string,
  check: (task: TaskEntity) => void,
  work: TaskWork<T>,
): Promise<T> {
  return uow.onCase(
    async (manager) => {
      const peek = await tasks.find(manager, taskId);
      check(peek);
      return peek.requestId;
    },
    async (tx, theCase) => work(tx, theCase, await tasks.lock(tx.manager, taskId)),
  );
}

/**
 * Work on a task the caller holds: only the holder finishes a task, and only a task of the stage
 * the action belongs to.
 */
export async function onHeldTask<T>(
  uow: ReviewUnitOfWork,
  tasks: TaskRepository,
  principal: Principal,
  taskId: string,
  stages: readonly ReviewStage[],
  work: TaskWork<T>,
): Promise<T> {
  const checkStage = (task: TaskEntity) => {
    if (!stages.includes(task.stage)) throw new DomainError(ReviewError.WRONG_STAGE_ROLE, [], { stage: task.stage });
  };
  return onTask(uow, tasks, taskId, checkStage, async (tx, theCase, task) => {
    if (task.status === 'done' || task.status === 'cancelled') throw new DomainError(ReviewError.TASK_CLOSED);
    if (task.status !== 'claimed' || task.assigneeId !== principal.subject) throw new DomainError(ReviewError.TASK_NOT_HELD);
    return work(tx, theCase, task);
  });
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReviewStage } from '@qaztech/contracts';
import { DomainError } from '@qaztech/platform';
import { TaskEntity, TaskStatus } from './task.entity';
import { ReviewError } from '../shared/review-errors';

export interface QueueFilter {
  stage: ReviewStage;
  now: Date;
  statuses: readonly TaskStatus[];
  assigneeId?: string;
  overdueOnly?: boolean;
  requestId?: string;
  after?: QueueCursor;
  limit: number;
}

/** Overdue first (0), then by due time, then by age: the key of the inbox order. */
export type QueueCursor = [overdueRank: number, dueAt: string, position: string];

export interface QueueRow extends TaskEntity {
  overdueRank: number;
}

/** The columns a change to a task may write: its identity and its plan stay as they were made. */
type TaskChange = Pick<
  TaskEntity,
  | 'status'
  | 'assigneeId'
  | 'assigneeName'
  | 'priority'
  | 'dueDate'
  | 'dueAt'
  | 'overdue'
  | 'escalatedAt'
  | 'outcome'
  | 'claimedAt'
  | 'completedAt'
>;

@Injectable()
export class TaskRepository {
  async find(manager: EntityManager, id: string): Promise<TaskEntity> {
    const task = await this.findIfPresent(manager, id);
    if (!task) throw new DomainError(ReviewError.TASK_NOT_FOUND);
    return task;
  }

  async findIfPresent(manager: EntityManager, id: string): Promise<TaskEntity | null> {
    return manager.createQueryBuilder(TaskEntity, 'task').where('task.id = :id', { id }).getOne();
  }

  /** Lock a task only after its case (always in that order, so two changes never deadlock). */
  async lock(manager: EntityManager, id: string): Promise<TaskEntity> {
    const task = await this.lockIfPresent(manager, id);
    if (!task) throw new DomainError(ReviewError.TASK_NOT_FOUND);
    return task;
  }

  async lockIfPresent(manager: EntityManager, id: string): Promise<TaskEntity | null> {
    return manager.createQueryBuilder(TaskEntity, 'task').setLock('pessimistic_write').where('task.id = :id', { id }).getOne();
  }

  async liveOf(manager: EntityManager, requestId: string, stage?: ReviewStage): Promise<TaskEntity[]> {
    const query = manager
      .createQueryBuilder(TaskEntity, 'task')
      .setLock('pessimistic_write')
      .where('task.request_id = :requestId', { requestId })
      .andWhere("task.status IN ('open', 'claimed')");
    if (stage) query.andWhere('task.stage = :stage', { stage });
    return query.getMany();
  }

  async allOf(manager: EntityManager, requestId: string): Promise<TaskEntity[]> {
    return manager
      .createQueryBuilder(TaskEntity, 'task')
      .where('task.request_id = :requestId', { requestId })
      .orderBy('task.list_position', 'ASC')
      .getMany();
  }

  async live(manager: EntityManager): Promise<TaskEntity[]> {
    return manager.createQueryBuilder(TaskEntity, 'task').where("task.status IN ('open', 'claimed')").getMany();
  }

  /** Claimed tasks whose claim is older than `cutoff`, oldest first. */
  async claimedBefore(manager: EntityManager, cutoff: Date, limit: number): Promise<Pick<TaskEntity, 'id' | 'requestId'>[]> {
    return manager
      .createQueryBuilder(TaskEntity, 'task')
      .select(['task.id', 'task.requestId'])
      .where("task.status = 'claimed'")
      .andWhere('task.claimed_at <= :cutoff', { cutoff })
      .orderBy('task.claimed_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  async insert(manager: EntityManager, task: TaskEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(TaskEntity).values(task).execute();
  }

  async save(manager: EntityManager, task: TaskEntity): Promise<void> {
    const { status, assigneeId, assigneeName, priority, dueDate, dueAt, overdue, escalatedAt, outcome, claimedAt, completedAt } = task;
    const change: TaskChange = {
      status,
      assigneeId,
      assigneeName,
      priority,
      dueDate,
      dueAt,
      overdue,
      escalatedAt,
      outcome,
      claimedAt,
      completedAt,
    };
    await manager.createQueryBuilder().update(TaskEntity).set(change).where('id = :id', { id: task.id }).execute();
  }

  /** Moves a live task's deadline only: the task is not locked, and whoever holds it keeps it. */
  async redate(manager: EntityManager, id: string, due: Pick<TaskEntity, 'dueDate' | 'dueAt'>): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ dueDate: due.dueDate, dueAt: due.dueAt })
      .where('id = :id', { id })
      .execute();
  }

  async queue(manager: EntityManager, filter: QueueFilter): Promise<QueueRow[]> {
    const rank = 'CASE WHEN task.due_at < :now THEN 0 ELSE 1 END';
    const query = manager
      .createQueryBuilder(TaskEntity, 'task')
      .addSelect(rank, 'overdue_rank')
      .where('task.stage = :stage', { stage: filter.stage, now: filter.now })
      .andWhere('task.status IN (:...statuses)', { statuses: filter.statuses })
      .orderBy('overdue_rank', 'ASC')
      .addOrderBy('task.due_at', 'ASC')
      .addOrderBy('task.list_position', 'ASC')
      .limit(filter.limit + 1);
    if (filter.assigneeId) query.andWhere('task.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.overdueOnly) query.andWhere('task.due_at < :now');
    if (filter.requestId) query.andWhere('task.request_id = :requestId', { requestId: filter.requestId });
    if (filter.after) {
      const [afterRank, afterDue, afterPosition] = filter.after;
      query.andWhere(`(${rank}, task.due_at, task.list_position) > (:afterRank, :afterDue, :afterPosition)`, {
        afterRank,
        afterDue,
        afterPosition,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<{ overdue_rank: number }>();
    return entities.map((task, index) => Object.assign(task, { overdueRank: Number(raw[index]?.overdue_rank ?? 1) }));
  }
}

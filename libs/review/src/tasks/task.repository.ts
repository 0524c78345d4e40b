import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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

@Injectable()
export class TaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<TaskEntity> {
    const task = await manager.findOneBy(TaskEntity, { id });
    if (!task) throw new DomainError(ReviewError.TASK_NOT_FOUND);
    return task;
  }

  /** Lock a task only after its request (always in that order, so two changes never deadlock). */
  async lock(id: string, manager: EntityManager): Promise<TaskEntity> {
    const task = await manager.findOne(TaskEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw new DomainError(ReviewError.TASK_NOT_FOUND);
    return task;
  }

  async liveOf(requestId: string, manager: EntityManager, stage?: ReviewStage): Promise<TaskEntity[]> {
    const query = manager
      .createQueryBuilder(TaskEntity, 'task')
      .setLock('pessimistic_write')
      .where('task.request_id = :requestId', { requestId })
      .andWhere("task.status IN ('open', 'claimed')");
    if (stage) query.andWhere('task.stage = :stage', { stage });
    return query.getMany();
  }

  async allOf(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<TaskEntity[]> {
    return manager.find(TaskEntity, { where: { requestId }, order: { listPosition: 'ASC' } });
  }

  async live(manager: EntityManager = this.dataSource.manager): Promise<TaskEntity[]> {
    return manager.createQueryBuilder(TaskEntity, 'task').where("task.status IN ('open', 'claimed')").getMany();
  }

  async queue(filter: QueueFilter): Promise<QueueRow[]> {
    const rank = 'CASE WHEN task.due_at < :now THEN 0 ELSE 1 END';
    const query = this.dataSource.manager
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

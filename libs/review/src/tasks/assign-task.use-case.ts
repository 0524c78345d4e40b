import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { actorOf, DomainError, IsKzIdentifier, RequestContext } from '@qaztech/platform';
import { recusalReason } from '../case/recusal';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { onTask } from './held-task';
import { TaskRepository } from './task.repository';
import { TaskView, toTaskView } from './task.view';
import { ReviewError } from '../shared/review-errors';

export class AssignTaskDto {
  @ApiProperty({ description: 'The user id (token subject) of the person who will hold the task' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assigneeId!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  assigneeName!: string;

  @ApiPropertyOptional({ description: "BIN of the assignee's organisation, checked against the applicant" })
  @IsOptional()
  @IsKzIdentifier()
  organisationBin?: string;
}

/** The secretary hands a task to someone, or takes it from one person and gives it to another. */
@Injectable()
export class AssignTaskUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
  ) {}

  async execute(context: RequestContext, taskId: string, body: AssignTaskDto): Promise<TaskView> {
    return onTask(
      this.uow,
      this.tasks,
      taskId,
      () => undefined,
      async (tx, _case, task) => {
        if (task.status !== 'open' && task.status !== 'claimed') throw new DomainError(ReviewError.TASK_CLOSED);
        const parties = { applicantBin: task.applicantBin, excludedReviewers: task.excludedReviewers };
        if (recusalReason({ id: body.assigneeId, organisationBin: body.organisationBin }, parties)) {
          throw new DomainError(ReviewError.CONFLICT_OF_INTEREST);
        }
        const previousAssigneeId = task.assigneeId;
        Object.assign(task, { status: 'claimed', assigneeId: body.assigneeId, assigneeName: body.assigneeName, claimedAt: tx.now() });
        await this.tasks.save(tx.manager, task);
        await tx.append({
          type: 'review.task_assigned.v1',
          aggregateId: task.requestId,
          actor: actorOf(context.principal, ['commission.secretary']),
          correlationId: context.requestId,
          payload: {
            taskId,
            requestId: task.requestId,
            version: task.version,
            stage: task.stage,
            assigneeId: body.assigneeId,
            assigneeName: body.assigneeName,
            previousAssigneeId,
          },
        });
        return toTaskView(task, tx.now());
      },
    );
  }
}

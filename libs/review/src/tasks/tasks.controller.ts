import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { REVIEW_STAGES, ReviewStage } from '@qaztech/contracts';
import {
  Answers,
  Ctx,
  decodeCursor,
  DomainError,
  ErrorCode,
  FieldErrorCode,
  JSON_BODY_ERRORS,
  RequestContext,
  Roles,
  toPage,
  UuidPipe,
} from '@qaztech/platform';
import { OverlapReportRepository } from '../case/overlap-report.repository';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { assertWorksStage, REVIEW_STAFF_ROLES } from '../shared/stage-roles';
import { AssignTaskDto, AssignTaskUseCase } from './assign-task.use-case';
import { ClaimTaskUseCase } from './claim-task.use-case';
import { ListQueueQuery } from './list-queue.query';
import { ReleaseTaskUseCase } from './release-task.use-case';
import { QueueCursor, QueueFilter, TaskRepository } from './task.repository';
import { TaskPageView, TaskView, toTaskView } from './task.view';
import { ReviewError } from '../shared/review-errors';

const acceptCursor = (values: unknown[]): QueueCursor | undefined => {
  const [rank, dueAt, position] = values;
  const valid =
    (rank === 0 || rank === 1) &&
    typeof dueAt === 'string' &&
    !Number.isNaN(Date.parse(dueAt)) &&
    typeof position === 'string' &&
    /^\d{1,18}$/.test(position);
  return valid ? [rank, dueAt, position] : undefined;
};

const stagePipe = new ParseEnumPipe(REVIEW_STAGES, {
  exceptionFactory: () =>
    DomainError.validation([{ field: 'stage', code: FieldErrorCode.NOT_ALLOWED_VALUE, params: { allowed: REVIEW_STAGES.join(', ') } }]),
});

@ApiTags('review: tasks')
@ApiBearerAuth()
@Controller('review')
export class TasksController {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
    private readonly claimTask: ClaimTaskUseCase,
    private readonly releaseTask: ReleaseTaskUseCase,
    private readonly assignTask: AssignTaskUseCase,
    private readonly overlapReports: OverlapReportRepository,
  ) {}

  @Answers(TaskPageView, { errors: [ErrorCode.VALIDATION_FAILED, ReviewError.WRONG_STAGE_ROLE] })
  @Get('queues/:stage')
  @Roles('commission.secretary', 'expert.technical', 'expert.security', 'expert.legal')
  @ApiOperation({ summary: "A stage's inbox for the caller's role: overdue first, then by due date" })
  @ApiParam({ name: 'stage', enum: REVIEW_STAGES })
  async queue(
    @Ctx() context: RequestContext,
    @Param('stage', stagePipe) stage: ReviewStage,
    @Query() query: ListQueueQuery,
  ): Promise<TaskPageView> {
    // The secretary runs the process and follows every queue, overdue work above all.
    if (!context.principal.roles.includes('commission.secretary')) assertWorksStage(context.principal, stage);
    const limit = query.limit ?? 20;
    const view = query.view ?? 'all';
    const now = this.uow.now();
    const filter: QueueFilter = {
      stage,
      now,
      statuses: view === 'open' ? ['open'] : view === 'all' ? ['open', 'claimed'] : ['claimed'],
      assigneeId: view === 'mine' ? context.principal.subject : undefined,
      overdueOnly: query.overdue === true,
      requestId: query.requestId,
      after: query.cursor ? decodeCursor(query.cursor, acceptCursor) : undefined,
      limit,
    };
    const { rows, reports } = await this.uow.read(async (manager) => {
      const found = await this.tasks.queue(manager, filter);
      return { rows: found, reports: await this.overlapReports.of(manager, found) };
    });
    return toPage(
      rows,
      limit,
      (row) => toTaskView(row, now, reports),
      (row) => [row.overdueRank, row.dueAt.toISOString(), row.listPosition],
    );
  }

  @Answers(TaskView, { errors: [ErrorCode.VALIDATION_FAILED, ReviewError.TASK_NOT_FOUND] })
  @Get('tasks/:id')
  @Roles(...REVIEW_STAFF_ROLES)
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<TaskView> {
    const { task, reports } = await this.uow.read(async (manager) => {
      const found = await this.tasks.find(manager, id);
      return { task: found, reports: await this.overlapReports.of(manager, [found]) };
    });
    return toTaskView(task, this.uow.now(), reports);
  }

  @Answers(TaskView, {
    errors: [
      ErrorCode.VALIDATION_FAILED,
      ReviewError.TASK_NOT_FOUND,
      ReviewError.WRONG_STAGE_ROLE,
      ReviewError.TASK_ALREADY_CLAIMED,
      ReviewError.TASK_CLOSED,
      ReviewError.CONFLICT_OF_INTEREST,
    ],
  })
  @Post('tasks/:id/claim')
  @Roles('commission.secretary', 'expert.technical', 'expert.security', 'expert.legal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the task: nobody else can hold it until it is released' })
  async claim(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<TaskView> {
    return this.claimTask.execute(context, id);
  }

  @Answers(TaskView, {
    errors: [ErrorCode.VALIDATION_FAILED, ReviewError.TASK_NOT_FOUND, ReviewError.TASK_NOT_HELD, ReviewError.TASK_CLOSED],
  })
  @Post('tasks/:id/release')
  @Roles('commission.secretary', 'expert.technical', 'expert.security', 'expert.legal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put the task back in its queue (the holder, or the secretary)' })
  async release(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<TaskView> {
    return this.releaseTask.execute(context, id);
  }

  @Answers(TaskView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.TASK_NOT_FOUND,
      ReviewError.TASK_CLOSED,
      ReviewError.WRONG_STAGE_ROLE,
      ReviewError.CONFLICT_OF_INTEREST,
    ],
  })
  @Post('tasks/:id/assign')
  @Roles('commission.secretary')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign or reassign the task to a person' })
  async assign(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: AssignTaskDto,
  ): Promise<TaskView> {
    return this.assignTask.execute(context, id, body);
  }
}

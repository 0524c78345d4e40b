import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_STAGES, ReviewStage } from '@qaztech/contracts';
import { TaskEntity, TaskStatus } from './task.entity';

export class TaskView {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty({ description: 'The request version the task concerns' }) version!: number;
  @ApiProperty({ description: '1 for the case, 2 for its reconsideration' }) round!: number;
  @ApiProperty({ enum: REVIEW_STAGES }) stage!: ReviewStage;
  @ApiProperty({ enum: ['open', 'claimed', 'done', 'cancelled'] }) status!: TaskStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) assigneeId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) assigneeName!: string | null;
  @ApiProperty() priority!: number;
  @ApiProperty({ description: 'Last working day, Asia/Almaty' }) dueDate!: string;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ description: 'Past its due time' }) overdue!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'When the secretary was alerted' }) escalatedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty() createdAt!: string;
}

export class TaskPageView {
  @ApiProperty({ type: [TaskView] }) items!: TaskView[];
  @ApiPropertyOptional() nextCursor?: string;
}

export function toTaskView(task: TaskEntity, now: Date): TaskView {
  return {
    id: task.id,
    requestId: task.requestId,
    version: task.version,
    round: task.round,
    stage: task.stage,
    status: task.status,
    assigneeId: task.assigneeId,
    assigneeName: task.assigneeName,
    priority: task.priority,
    dueDate: task.dueDate,
    dueAt: task.dueAt.toISOString(),
    overdue: task.overdue || ((task.status === 'open' || task.status === 'claimed') && task.dueAt.getTime() < now.getTime()),
    escalatedAt: task.escalatedAt?.toISOString() ?? null,
    outcome: task.outcome,
    createdAt: task.createdAt.toISOString(),
  };
}

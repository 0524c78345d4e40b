import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_STAGES, ReviewStage } from '@qaztech/contracts';
import { OverlapReportRef } from '../case/overlap-report.repository';
import { TaskEntity, TaskStatus } from './task.entity';

class OverlapHitRefView {
  @ApiProperty({ enum: ['system', 'request', 'decision'] }) kind!: string;
  @ApiProperty() ref!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
}

class OverlapCountsView {
  @ApiProperty() systems!: number;
  @ApiProperty() requests!: number;
  @ApiProperty() precedents!: number;
}

class OverlapMethodRefView {
  @ApiProperty() name!: string;
  @ApiProperty() version!: string;
}

/** The case's overlap report as the catalogue announced it: automated output, read whole at `path`. */
export class OverlapReportRefView {
  @ApiProperty() reportId!: string;
  @ApiProperty({ description: 'The catalogue route with the whole report (Commission and auditors)' }) path!: string;
  @ApiProperty() computedAt!: string;
  @ApiProperty({ enum: [true], description: 'Automated output: it ranks and explains, a person decides' }) automated!: true;
  @ApiProperty({ type: OverlapMethodRefView }) method!: OverlapMethodRefView;
  @ApiProperty({ type: OverlapCountsView }) counts!: OverlapCountsView;
  @ApiProperty({ type: [OverlapHitRefView] }) top!: OverlapHitRefView[];
}

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
  @ApiPropertyOptional({
    type: OverlapReportRefView,
    nullable: true,
    description: 'On screening and expert tasks: the overlap report of the version, once the catalogue computed it',
  })
  overlapReport!: OverlapReportRefView | null;
}

export class TaskPageView {
  @ApiProperty({ type: [TaskView] }) items!: TaskView[];
  @ApiPropertyOptional() nextCursor?: string;
}

/** The key overlap reports are kept under: one per request version. */
export const reportKey = (task: Pick<TaskEntity, 'requestId' | 'version'>): string => `${task.requestId}/${task.version}`;

export function toTaskView(task: TaskEntity, now: Date, reports?: ReadonlyMap<string, OverlapReportRef>): TaskView {
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
    overlapReport: task.stage === 'agenda' ? null : (reports?.get(reportKey(task)) ?? null),
  };
}

import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { REQUEST_STATUSES, RequestContentV1, RequestStatus } from '@qaztech/contracts';
import { CalendarRepository } from '../calendar/calendar.repository';
import { almatyDate } from '../calendar/working-days';
import { CaseRepository } from '../case/case.repository';
import { OverlapReportRepository } from '../case/overlap-report.repository';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { CASE_CLOCK_STATUSES, caseDueDate } from '../deadlines/case-deadline';
import { DecisionRepository } from '../decisions/decision.repository';
import { OpinionRepository } from '../opinions/opinion.repository';
import { OpinionView, toOpinionView } from '../opinions/opinion.view';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { TaskRepository } from '../tasks/task.repository';
import { TaskView, toTaskView } from '../tasks/task.view';

export class CaseDecisionView {
  @ApiProperty() id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty() status!: string;
  @ApiProperty() issuedAt!: string;
}

export class CaseFileView {
  @ApiProperty() id!: string;
  @ApiProperty() registrationNumber!: string;
  @ApiProperty() agencyBin!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: RequestStatus;
  @ApiProperty() round!: number;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ description: "The whole case's deadline: working days from registration, on the current calendar" })
  caseDueDate!: string;
  @ApiProperty() caseOverdue!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The request as the agency submitted this version' })
  content!: RequestContentV1;
  @ApiProperty({ type: () => [TaskView] }) tasks!: TaskView[];
  @ApiProperty({ type: () => [OpinionView] }) opinions!: OpinionView[];
  @ApiProperty({ type: () => [CaseDecisionView] }) decisions!: CaseDecisionView[];
}

/** The case as review sees it, read from one snapshot so its parts agree with each other. */
@Injectable()
export class CaseFileQuery {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly cases: CaseRepository,
    private readonly tasks: TaskRepository,
    private readonly opinions: OpinionRepository,
    private readonly decisions: DecisionRepository,
    private readonly calendar: CalendarRepository,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
    private readonly overlapReports: OverlapReportRepository,
  ) {}

  async of(id: string): Promise<CaseFileView> {
    const { request, tasks, reports, opinions, decisions, calendar } = await this.uow.readSnapshot(async (manager) => {
      const allTasks = await this.tasks.allOf(manager, id);
      return {
        request: await this.cases.find(manager, id),
        tasks: allTasks,
        reports: await this.overlapReports.of(manager, allTasks),
        opinions: await this.opinions.allOf(manager, id),
        decisions: await this.decisions.ofRequest(manager, id),
        calendar: await this.calendar.load(manager),
      };
    });
    const now = this.uow.now();
    const dueDate = caseDueDate(request.firstSubmittedAt, this.config.REVIEW_CASE_WORKING_DAYS, calendar);
    return {
      id: request.id,
      registrationNumber: request.registrationNumber,
      agencyBin: request.agencyBin,
      version: request.version,
      status: request.status,
      round: request.round,
      submittedAt: request.submittedAt.toISOString(),
      caseDueDate: dueDate,
      caseOverdue: CASE_CLOCK_STATUSES.includes(request.status) && almatyDate(now) > dueDate,
      content: request.content,
      tasks: tasks.map((task) => toTaskView(task, now, reports)),
      opinions: opinions.map(toOpinionView),
      decisions: decisions.map((decision) => ({
        id: decision.id,
        number: decision.decisionNumber,
        outcome: decision.outcome,
        status: decision.status,
        issuedAt: decision.issuedAt.toISOString(),
      })),
    };
  }
}

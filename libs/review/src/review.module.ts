import { Module } from '@nestjs/common';
import { ContextDefinition, provideContextDatabase, provideContextMessaging } from '@qaztech/platform';
import { CalendarDayEntity } from './calendar/calendar-day.entity';
import { CalendarRepository } from './calendar/calendar.repository';
import { CaseEntity } from './case/case.entity';
import { CaseRepository } from './case/case.repository';
import { OverlapReportRepository } from './case/overlap-report.repository';
import { OverlapReportComputedHandler } from './catalogue-events/overlap-report-computed.handler';
import { ReviewTimers } from './case/review-timers';
import { ReviewUnitOfWork } from './case/unit-of-work';
import { WithdrawalEntity } from './case/withdrawal.entity';
import { CaseFileController } from './case-file/case-file.controller';
import { CaseFileQuery } from './case-file/case-file.query';
import { CalendarController } from './deadlines/calendar.controller';
import { CaseTimers } from './deadlines/case-timers';
import { CheckCaseDeadlineUseCase } from './deadlines/check-case-deadline.use-case';
import { CheckExpiryUseCase } from './deadlines/check-expiry.use-case';
import { CheckTaskDeadlineUseCase } from './deadlines/check-task-deadline.use-case';
import { DeadlineScheduler } from './deadlines/deadline.scheduler';
import { DeadlineWorker } from './deadlines/deadline.worker';
import { ReplaceCalendarUseCase } from './deadlines/replace-calendar.use-case';
import { TimerJobs } from './deadlines/timer-jobs';
import { TimerSweep } from './deadlines/timer-sweep';
import { DecisionCounterEntity, DecisionEntity } from './decisions/decision.entity';
import { DecisionRepository } from './decisions/decision.repository';
import { DecisionsController } from './decisions/decisions.controller';
import { DecisionRecords } from './decisions/decision-records';
import { IssueDecisionUseCase } from './decisions/issue-decision.use-case';
import { MinutesController } from './decisions/minutes.controller';
import { MinutesQuery } from './decisions/minutes.query';
import { SignMinutesUseCase } from './decisions/sign-minutes.use-case';
import { ReviewActSignatureRepository } from './signing/act-signature.repository';
import { ReviewSigning } from './signing/review-signing';
import { RequestReconsiderationUseCase } from './decisions/request-reconsideration.use-case';
import { RevokeDecisionUseCase } from './decisions/revoke-decision.use-case';
import { RequestResubmittedHandler, RequestSubmittedHandler } from './intake-events/request-submitted.handler';
import { RequestWithdrawnHandler } from './intake-events/request-withdrawn.handler';
import { AgendaItemEntity } from './meetings/agenda-item.entity';
import { MeetingEntity } from './meetings/meeting.entity';
import { MeetingRepository } from './meetings/meeting.repository';
import { MeetingsController } from './meetings/meetings.controller';
import { PlaceOnAgendaUseCase } from './meetings/place-on-agenda.use-case';
import { ScheduleMeetingUseCase } from './meetings/schedule-meeting.use-case';
import { VoteEntity } from './meetings/vote.entity';
import { VoteRepository } from './meetings/vote.repository';
import { OpinionEntity } from './opinions/opinion.entity';
import { OpinionRepository } from './opinions/opinion.repository';
import { OpinionsController } from './opinions/opinions.controller';
import { SubmitOpinionUseCase } from './opinions/submit-opinion.use-case';
import { ScreenRequestUseCase } from './screening/screen-request.use-case';
import { ScreeningController } from './screening/screening.controller';
import { REVIEW_MIGRATIONS } from './migrations';
import { loadReviewConfig, REVIEW_CONFIG } from './shared/review-config';
import { REVIEW_ERROR_CODES } from './shared/review-errors';
import { ReviewMessaging, ReviewOutbox } from './shared/review-outbox';
import { AssignTaskUseCase } from './tasks/assign-task.use-case';
import { ClaimTaskUseCase } from './tasks/claim-task.use-case';
import { ReleaseExpiredClaimsUseCase } from './tasks/release-expired-claims.use-case';
import { ReleaseTaskUseCase } from './tasks/release-task.use-case';
import { TaskPlanner } from './tasks/task-planner';
import { TaskEntity } from './tasks/task.entity';
import { TaskRepository } from './tasks/task.repository';
import { TasksController } from './tasks/tasks.controller';
import { CastVoteUseCase } from './voting/cast-vote.use-case';
import { CloseItemUseCase } from './voting/close-item.use-case';
import { VotingController } from './voting/voting.controller';

export const REVIEW_ENTITIES = [
  CaseEntity,
  WithdrawalEntity,
  TaskEntity,
  OpinionEntity,
  MeetingEntity,
  AgendaItemEntity,
  VoteEntity,
  DecisionEntity,
  DecisionCounterEntity,
  CalendarDayEntity,
];

/** Review's providers but its workers: the case at the bottom, each capability above it. */
const REVIEW_PROVIDERS = [
  { provide: REVIEW_CONFIG, useFactory: () => loadReviewConfig() },
  ...provideContextDatabase('review', REVIEW_CONFIG, REVIEW_ENTITIES),
  REVIEW_ERROR_CODES,
  ReviewOutbox,
  // case
  CaseRepository,
  OverlapReportRepository,
  ReviewUnitOfWork,
  { provide: ReviewTimers, useExisting: DeadlineScheduler },
  // calendar, tasks, screening, opinions
  CalendarRepository,
  TaskRepository,
  TaskPlanner,
  ClaimTaskUseCase,
  ReleaseTaskUseCase,
  ReleaseExpiredClaimsUseCase,
  AssignTaskUseCase,
  ScreenRequestUseCase,
  OpinionRepository,
  SubmitOpinionUseCase,
  // meetings, voting, decisions
  MeetingRepository,
  VoteRepository,
  ScheduleMeetingUseCase,
  PlaceOnAgendaUseCase,
  CastVoteUseCase,
  CloseItemUseCase,
  DecisionRepository,
  DecisionRecords,
  IssueDecisionUseCase,
  RevokeDecisionUseCase,
  RequestReconsiderationUseCase,
  MinutesQuery,
  SignMinutesUseCase,
  ReviewActSignatureRepository,
  ReviewSigning,
  CaseFileQuery,
  // deadlines
  DeadlineScheduler,
  CaseTimers,
  ReplaceCalendarUseCase,
  CheckTaskDeadlineUseCase,
  CheckExpiryUseCase,
  CheckCaseDeadlineUseCase,
  TimerSweep,
  TimerJobs,
];

const REVIEW_CONTROLLERS = [
  TasksController,
  ScreeningController,
  OpinionsController,
  CaseFileController,
  MeetingsController,
  MinutesController,
  VotingController,
  DecisionsController,
  CalendarController,
];

const EVENT_HANDLERS = [RequestSubmittedHandler, RequestResubmittedHandler, RequestWithdrawnHandler, OverlapReportComputedHandler];

/** The review context: the Commission's side, from a submitted request to an issued decision. */
@Module({
  controllers: REVIEW_CONTROLLERS,
  providers: [...REVIEW_PROVIDERS, DeadlineWorker, ...provideContextMessaging(ReviewMessaging, 'review', EVENT_HANDLERS)],
})
export class ReviewModule {}

/** What a process that runs or migrates review validates and migrates before it starts. */
export const REVIEW_CONTEXT: ContextDefinition = {
  name: 'review',
  loadConfig: loadReviewConfig,
  migrations: REVIEW_MIGRATIONS,
  module: ReviewModule,
};

import { Module } from '@nestjs/common';
import { ContextDefinition, provideContextDatabase, provideContextMessaging } from '@qaztech/platform';
import { CalendarDayEntity } from './calendar/calendar-day.entity';
import { CalendarRepository } from './calendar/calendar.repository';
import { CalendarController } from './calendar/calendar.controller';
import { ReplaceCalendarUseCase } from './calendar/replace-calendar.use-case';
import { CaseTimers } from './deadlines/case-timers';
import { CheckCaseDeadlineUseCase } from './deadlines/check-case-deadline.use-case';
import { CheckExpiryUseCase } from './deadlines/check-expiry.use-case';
import { CheckTaskDeadlineUseCase } from './deadlines/check-task-deadline.use-case';
import { DeadlineWorker } from './deadlines/deadline.worker';
import { DeadlineScheduler } from './deadlines/deadline.scheduler';
import { AgendaItemEntity } from './meetings/agenda-item.entity';
import { MeetingEntity } from './meetings/meeting.entity';
import { OpinionEntity } from './opinions/opinion.entity';
import { OpinionRepository } from './opinions/opinion.repository';
import { OpinionsController } from './opinions/opinions.controller';
import { SubmitOpinionUseCase } from './opinions/submit-opinion.use-case';
import { CaseFileController } from './projection/case-file.controller';
import { RequestResubmittedHandler, RequestSubmittedHandler } from './projection/request-submitted.handler';
import { RequestWithdrawnHandler } from './projection/request-withdrawn.handler';
import { ReviewRequestEntity } from './projection/review-request.entity';
import { ReviewRequestRepository } from './projection/review-request.repository';
import { ScreenRequestUseCase } from './screening/screen-request.use-case';
import { ScreeningController } from './screening/screening.controller';
import { ReviewClock } from './shared/review-clock';
import { REVIEW_MIGRATIONS } from './migrations';
import { REVIEW_ERROR_CODES } from './shared/review-errors';
import { loadReviewConfig, REVIEW_CONFIG } from './shared/review-config';
import { ReviewMessaging, ReviewOutbox } from './shared/review-outbox';
import { AssignTaskUseCase } from './tasks/assign-task.use-case';
import { ClaimTaskUseCase } from './tasks/claim-task.use-case';
import { ReleaseExpiredClaimsUseCase } from './tasks/release-expired-claims.use-case';
import { ReleaseTaskUseCase } from './tasks/release-task.use-case';
import { TaskPlanner } from './tasks/task-planner';
import { TaskEntity } from './tasks/task.entity';
import { TaskRepository } from './tasks/task.repository';
import { TasksController } from './tasks/tasks.controller';
import { VoteEntity } from './voting/vote.entity';
import { DecisionEntity } from './decisions/decision.entity';
import { DecisionRepository } from './decisions/decision.repository';
import { DecisionsController } from './decisions/decisions.controller';
import { IssueDecisionUseCase } from './decisions/issue-decision.use-case';
import { RequestReconsiderationUseCase } from './decisions/request-reconsideration.use-case';
import { RevokeDecisionUseCase } from './decisions/revoke-decision.use-case';
import { MeetingRepository } from './meetings/meeting.repository';
import { MeetingsController } from './meetings/meetings.controller';
import { MinutesQuery } from './meetings/minutes.query';
import { PlaceOnAgendaUseCase } from './meetings/place-on-agenda.use-case';
import { ScheduleMeetingUseCase } from './meetings/schedule-meeting.use-case';
import { CastVoteUseCase } from './voting/cast-vote.use-case';
import { CloseItemUseCase } from './voting/close-item.use-case';
import { VotingController } from './voting/voting.controller';

export const REVIEW_ENTITIES = [
  ReviewRequestEntity,
  TaskEntity,
  OpinionEntity,
  MeetingEntity,
  AgendaItemEntity,
  VoteEntity,
  DecisionEntity,
  CalendarDayEntity,
];

/** What a process that runs or migrates review validates and migrates before it starts. */
export const REVIEW_CONTEXT: ContextDefinition = { name: 'review', loadConfig: loadReviewConfig, migrations: REVIEW_MIGRATIONS };

/** The review context: the Commission's side, from a submitted request to an issued decision. */
@Module({
  controllers: [
    TasksController,
    ScreeningController,
    OpinionsController,
    CaseFileController,
    MeetingsController,
    VotingController,
    DecisionsController,
    CalendarController,
  ],
  providers: [
    { provide: REVIEW_CONFIG, useFactory: () => loadReviewConfig() },
    ...provideContextDatabase('review', REVIEW_CONFIG, REVIEW_ENTITIES),
    REVIEW_ERROR_CODES,
    ReviewClock,
    ReviewOutbox,
    ReviewRequestRepository,
    TaskRepository,
    OpinionRepository,
    CalendarRepository,
    TaskPlanner,
    DeadlineScheduler,
    ClaimTaskUseCase,
    ReleaseTaskUseCase,
    ReleaseExpiredClaimsUseCase,
    AssignTaskUseCase,
    ScreenRequestUseCase,
    SubmitOpinionUseCase,
    MeetingRepository,
    DecisionRepository,
    ScheduleMeetingUseCase,
    PlaceOnAgendaUseCase,
    MinutesQuery,
    CastVoteUseCase,
    CloseItemUseCase,
    IssueDecisionUseCase,
    RevokeDecisionUseCase,
    RequestReconsiderationUseCase,
    ReplaceCalendarUseCase,
    CheckTaskDeadlineUseCase,
    CheckExpiryUseCase,
    CheckCaseDeadlineUseCase,
    CaseTimers,
    DeadlineWorker,
    ...provideContextMessaging(ReviewMessaging, 'review', [RequestSubmittedHandler, RequestResubmittedHandler, RequestWithdrawnHandler]),
  ],
})
export class ReviewModule {}

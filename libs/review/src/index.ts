export { ReviewModule, REVIEW_CONTEXT, REVIEW_ENTITIES } from './review.module';
export { REVIEW_MIGRATIONS } from './migrations';
export { REVIEW_CONFIG_SCHEMA } from './shared/review-config';
export { REVIEW_ERRORS, ReviewError, ReviewFieldError } from './shared/review-errors';
export { DEADLINE_QUEUE, REVIEW_EVENT_QUEUE, taskDeadlineJobId, expiryJobId, caseDeadlineJobId } from './shared/review-queues';
export { CheckTaskDeadlineUseCase } from './deadlines/check-task-deadline.use-case';
export { CheckExpiryUseCase } from './deadlines/check-expiry.use-case';
export { CheckCaseDeadlineUseCase } from './deadlines/check-case-deadline.use-case';

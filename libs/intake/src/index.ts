export { IntakeModule, INTAKE_CONTEXT, INTAKE_ENTITIES } from './intake.module';
export { INTAKE_MIGRATIONS } from './migrations';
export { INTAKE_CONFIG_SCHEMA } from './shared/intake-config';
export { INTAKE_ERRORS, IntakeError, IntakeFieldError } from './shared/intake-errors';
export { INTAKE_EVENT_QUEUE } from './shared/intake-queues';

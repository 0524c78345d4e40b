export { IntakeModule, INTAKE_ENTITIES } from './intake.module';
export { INTAKE_CONFIG_SCHEMA } from './shared/intake-config';

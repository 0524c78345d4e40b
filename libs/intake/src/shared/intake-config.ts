import { ConfigOf, contextDatabaseVariables, loadConfig, parsers } from '@qaztech/platform';

export const INTAKE_CONFIG_SCHEMA = {
  ...contextDatabaseVariables('intake'),
  INTAKE_REQUIRED_ATTACHMENTS: {
    description: 'Attachment kinds a submission must include (comma-separated)',
    parse: parsers.list,
    default: () => ['feasibility_study', 'technical_specification'],
  },
};

export type IntakeConfig = ConfigOf<typeof INTAKE_CONFIG_SCHEMA>;
export const INTAKE_CONFIG = Symbol('INTAKE_CONFIG');

export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  return loadConfig(INTAKE_CONFIG_SCHEMA, env);
}

import { ConfigOf, contextDatabaseVariables, loadConfig, parsers } from '@qaztech/platform';

export const INTAKE_CONFIG_SCHEMA = {
  ...contextDatabaseVariables('intake'),
  INTAKE_REQUIRED_ATTACHMENTS: {
    description: 'Attachment kinds a submission must include (comma-separated)',
    parse: parsers.list,
    default: () => ['feasibility_study', 'technical_specification'],
  },
  ATTACHMENTS_STORE: {
    description:
      "Where attachment bytes live: postgres (intake's schema, read by every replica) or directory (STORAGE_DIR, one host's disk: only for a single replica, or a directory every replica mounts)",
    parse: parsers.oneOf(['postgres', 'directory'] as const),
    default: () => 'postgres' as const,
  },
};

export type IntakeConfig = ConfigOf<typeof INTAKE_CONFIG_SCHEMA>;
export const INTAKE_CONFIG = Symbol('INTAKE_CONFIG');

export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  return loadConfig(INTAKE_CONFIG_SCHEMA, env);
}

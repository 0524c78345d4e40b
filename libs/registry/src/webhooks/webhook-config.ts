import { ConfigOf, loadConfig, parsers } from '@qaztech/platform';

const HOUR_MS = 3_600_000;

export const WEBHOOK_CONFIG_SCHEMA = {
  // Refused by default: the register runs inside the government network, next to its database,
  // Redis and other services. An address given for a subscription (by mistake, or with a stolen
  // admin token) must not turn the register into a way to send requests into that network or to
  // a cloud metadata endpoint. Tests and closed installations that deliver to internal systems
  // switch it on.
  WEBHOOK_ALLOW_PRIVATE_TARGETS: {
    description: 'Allow webhook targets on loopback, private or link-local addresses (off in production unless needed)',
    parse: parsers.boolean,
    default: () => false,
  },
  WEBHOOK_RETRY_BASE_MS: {
    description: 'Wait after the first failed attempt of a delivery; doubled after each further failure',
    parse: parsers.positiveInteger,
    default: () => 10_000,
  },
  WEBHOOK_RETRY_WINDOW_MS: {
    description: 'How long a delivery is retried before it is dead-lettered',
    parse: parsers.positiveInteger,
    default: () => 24 * HOUR_MS,
  },
  WEBHOOK_TIMEOUT_MS: {
    description: 'Time a subscriber has to answer one delivery',
    parse: parsers.positiveInteger,
    default: () => 10_000,
  },
  WEBHOOK_SECRET_GRACE_MS: {
    description: 'After a secret rotation, how long deliveries are also signed with the previous secret',
    parse: parsers.positiveInteger,
    default: () => 24 * HOUR_MS,
  },
  WEBHOOK_SWEEP_MS: {
    description: 'How often pending deliveries are queued again in case their jobs were lost',
    parse: parsers.positiveInteger,
    default: () => 30_000,
  },
};

export type WebhookConfig = ConfigOf<typeof WEBHOOK_CONFIG_SCHEMA>;
export const WEBHOOK_CONFIG = Symbol('WEBHOOK_CONFIG');

export function loadWebhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  return loadConfig(WEBHOOK_CONFIG_SCHEMA, env);
}

/** Postgres channel on which a commit that creates or revives deliveries wakes the workers. */
export const WEBHOOK_CHANNEL = 'registry_webhook_deliveries';

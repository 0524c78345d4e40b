import { ConfigOf, contextDatabaseVariables, InvalidValue, loadConfig, parsers } from '@qaztech/platform';
import { parseFraction } from './fraction';

function fraction(raw: string): { numerator: number; denominator: number } | InvalidValue {
  return parseFraction(raw) ?? new InvalidValue('expected a fraction such as 2/3, at most 1');
}

function wholeNumber(raw: string): number | InvalidValue {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : new InvalidValue('expected a whole number ≥ 0');
}

function positiveNumber(raw: string): number | InvalidValue {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isFinite(value) && value > 0 ? value : new InvalidValue('expected a number > 0');
}

/** The Commission's working rules that its regulations may change: configuration, never code. */
export const REVIEW_CONFIG_SCHEMA = {
  ...contextDatabaseVariables('review'),
  REVIEW_SCREENING_WORKING_DAYS: {
    description: 'Working days the secretariat has to screen a request',
    parse: parsers.positiveInteger,
    default: () => 3,
  },
  REVIEW_EXPERT_WORKING_DAYS: {
    description: 'Working days each expert has for an opinion',
    parse: parsers.positiveInteger,
    default: () => 10,
  },
  REVIEW_AGENDA_WORKING_DAYS: {
    description: 'Working days to put a ready request on a meeting agenda',
    parse: parsers.positiveInteger,
    default: () => 5,
  },
  REVIEW_CASE_WORKING_DAYS: {
    description: 'Working days for the whole case, from registration to decision',
    parse: parsers.positiveInteger,
    default: () => 15,
  },
  REVIEW_QUORUM: {
    description: 'Quorum as a fraction of the membership, e.g. 2/3',
    parse: fraction,
    default: () => ({ numerator: 2, denominator: 3 }),
  },
  REVIEW_ABSTENTIONS_COUNT_AS_CAST: {
    description: 'Whether abstentions count as votes cast when finding a majority',
    parse: parsers.boolean,
    default: () => false,
  },
  REVIEW_COMMISSION_SIZE: {
    description: "The Commission's membership for the quorum; 0 takes each meeting's expected members",
    parse: wholeNumber,
    default: () => 0,
  },
  REVIEW_CLAIM_LEASE_MINUTES: {
    description: 'Minutes a claimed task may stay unfinished before it goes back to its queue (fractions allowed)',
    parse: positiveNumber,
    default: () => 8 * 60,
  },
  REVIEW_CLAIM_SWEEP_SECONDS: {
    description: 'How often expired claims are looked for and released',
    parse: parsers.positiveInteger,
    default: () => 60,
  },
  REVIEW_RECONSIDERATION_DAYS: {
    description: 'Calendar days after a decision in which the applicant may ask for reconsideration',
    parse: parsers.positiveInteger,
    default: () => 30,
  },
};

export type ReviewConfig = ConfigOf<typeof REVIEW_CONFIG_SCHEMA>;
export const REVIEW_CONFIG = Symbol('REVIEW_CONFIG');

export function loadReviewConfig(env: NodeJS.ProcessEnv = process.env): ReviewConfig {
  return loadConfig(REVIEW_CONFIG_SCHEMA, env);
}

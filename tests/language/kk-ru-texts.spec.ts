import {
  CodeLabel,
  COMMISSION_NAME,
  DECISION_OUTCOME_LABELS,
  DECISION_OUTCOMES,
  EVENT_TYPES,
  REQUEST_ACTION_LABELS,
  REQUEST_ACTIONS,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  REVIEW_STAGE_LABELS,
  REVIEW_STAGES,
} from '@qaztech/contracts';
import { ErrorSet, LocalizedMessage, Message, MessageParams, PLATFORM_ERRORS } from '@qaztech/platform';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeEvent } from '../../libs/audit/src/api/event-descriptions';
import { AUDIT_ERRORS } from '../../libs/audit/src/shared/audit-errors';
import { CATALOGUE_ERRORS } from '../../libs/catalogue/src/shared/catalogue-errors';
import { ATTACHMENT_KINDS, DATA_CATEGORIES, FUNDING_SOURCES, REASON_CATEGORIES } from '../../libs/intake/src/requests/catalogues';
import { INTAKE_ERRORS } from '../../libs/intake/src/shared/intake-errors';
import { SIGNATURE_ERROR_SET } from '../../libs/platform/src/signatures/signature-errors';
import * as CODE_LABELS from '../../libs/registry/src/register-page/i18n/code-labels';
import { KK_LABELS } from '../../libs/registry/src/register-page/i18n/labels.kk';
import { RU_LABELS } from '../../libs/registry/src/register-page/i18n/labels.ru';
import { REGISTRY_ERRORS } from '../../libs/registry/src/shared/registry-errors';
import { REVIEW_ERRORS } from '../../libs/review/src/shared/review-errors';

/*
 * Every text a Kazakh or Russian reader meets, filled with every code it can be given: no English
 * code may show through (a code → label table says it in words), and no placeholder may be left.
 */
const STATE_LANGUAGES = ['kk', 'ru'] as const;
const ERROR_SETS: ErrorSet[] = [
  PLATFORM_ERRORS,
  SIGNATURE_ERROR_SET,
  INTAKE_ERRORS,
  REVIEW_ERRORS,
  REGISTRY_ERRORS,
  AUDIT_ERRORS,
  CATALOGUE_ERRORS,
];

/** How many sets of error codes the libraries declare: each must be in ERROR_SETS. */
function declaredSetCount(directory = join(__dirname, '..', '..', 'libs')): number {
  return readdirSync(directory).reduce((count, name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return count + declaredSetCount(path);
    if (!name.endsWith('.ts') || name.endsWith('.spec.ts')) return count;
    return count + (readFileSync(path, 'utf8').match(/= defineErrors\(/g) ?? []).length;
  }, 0);
}

/** What each parameter of a message can be, as the code passes it. */
const PARAMETER_VALUES: Readonly<Record<string, readonly (string | number)[]>> = {
  status: [...REQUEST_STATUSES],
  action: [...REQUEST_ACTIONS, 'give_opinion'],
  stage: [...REVIEW_STAGES],
  vote: ['carried', 'not_carried', 'no_quorum', 'open'],
  outcome: [...DECISION_OUTCOMES],
  kind: [...ATTACHMENT_KINDS],
  value: ['none'],
  min: [1, 2, 5, 21],
  max: [1, 2, 5, 21, 101],
  days: [1, 2, 5, 21, 30],
  maxMegabytes: [20],
  current: [2],
  meetingDate: ['2026-12-10'],
  year: [2026],
  after: ['2026-01-01'],
  maxSeconds: [43200],
  retryAfter: [30],
  errorId: ['5f0c2a'],
  // Capability claims: the reason's and the claim's numbers, the published limit.
  reason: [1, 2],
  claim: [1, 2],
  limit: ['5 000'],
  // The values an API field accepts are what the client must send, so they are quoted as they are.
  allowed: ['«A», «B»'],
};

/** Codes a reader must never see inside a sentence. */
const CODES = new Set<string>([
  ...Object.values(PARAMETER_VALUES)
    .flat()
    .filter((value): value is string => typeof value === 'string' && /^[a-z_]+$/.test(value)),
  ...REASON_CATEGORIES,
  ...DATA_CATEGORIES,
  ...FUNDING_SOURCES,
]);

function problemsOf(text: string): string[] {
  const problems: string[] = [];
  const placeholder = /\{\w+\}/.exec(text);
  if (placeholder) problems.push(`unfilled ${placeholder[0]}`);
  for (const word of text.match(/[A-Za-z_]+/g) ?? []) {
    if (CODES.has(word) || /^[a-z]+(_[a-z]+)+$/.test(word)) problems.push(`code "${word}"`);
  }
  return problems;
}

/** Every way the message reads: each parameter in turn through each of its values. */
function renderings(message: Message): string[] {
  const first: MessageParams = Object.fromEntries(Object.entries(PARAMETER_VALUES).map(([name, values]) => [name, values[0]!]));
  const fill = (params: MessageParams) =>
    typeof message === 'function'
      ? message(params)
      : message.replace(/\{(\w+)\}/g, (match, name: string) => (params[name] === undefined ? match : String(params[name])));
  return Object.entries(PARAMETER_VALUES).flatMap(([name, values]) => values.map((value) => fill({ ...first, [name]: value })));
}

function messagesOf(set: ErrorSet): [string, LocalizedMessage][] {
  return [
    ...Object.entries(set.errors).map(([code, definition]) => [`${set.owner} ${code}`, definition] as [string, LocalizedMessage]),
    ...Object.entries(set.fields).map(([code, definition]) => [`${set.owner} field ${code}`, definition] as [string, LocalizedMessage]),
  ];
}

describe('texts in Kazakh and Russian', () => {
  it.each(ERROR_SETS.map((set) => [set.owner, set] as const))("%s's error messages carry no code and no unfilled placeholder", (_, set) => {
    const found = messagesOf(set).flatMap(([name, messages]) =>
      STATE_LANGUAGES.flatMap((language) =>
        [...new Set(renderings(messages[language]))].flatMap((text) =>
          problemsOf(text).map((problem) => `${name} (${language}): ${problem}: ${text}`),
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('reads every set of error codes the libraries declare', () => {
    expect(ERROR_SETS.length).toBe(declaredSetCount());
  });

  it('finds what it looks for', () => {
    expect(problemsOf('«decided» күйіндегі өтінімге «withdraw» әрекеті')).toEqual(['code "decided"', 'code "withdraw"']);
    expect(problemsOf('Не менее {min} символов')).toEqual(['unfilled {min}']);
    expect(problemsOf('Ожидается JSON, токен Bearer')).toEqual([]);
  });

  it('names every status, action, stage and outcome in both state languages', () => {
    const tables = [
      [REQUEST_STATUS_LABELS, REQUEST_STATUSES],
      [REQUEST_ACTION_LABELS, REQUEST_ACTIONS],
      [REVIEW_STAGE_LABELS, REVIEW_STAGES],
      [DECISION_OUTCOME_LABELS, DECISION_OUTCOMES],
    ] as const;
    for (const [table, codes] of tables) {
      for (const code of codes) {
        for (const language of STATE_LANGUAGES) {
          const label = (table as Readonly<Record<string, CodeLabel>>)[code]![language];
          expect({ code, language, problems: problemsOf(label), empty: label.trim() === '' }).toEqual({
            code,
            language,
            problems: [],
            empty: false,
          });
        }
      }
    }
  });

  it('keeps codes out of the register page, its code labels and the history', () => {
    const texts: [string, string][] = [
      ...Object.entries(KK_LABELS).map(([key, text]) => [`kk ${key}`, text] as [string, string]),
      ...Object.entries(RU_LABELS).map(([key, text]) => [`ru ${key}`, text] as [string, string]),
      ...Object.entries(CODE_LABELS)
        .filter(([, table]) => typeof table === 'object' && !Array.isArray(table))
        .flatMap(([name, table]) =>
          Object.entries(table as Record<string, Record<string, string>>).flatMap(([code, label]) =>
            STATE_LANGUAGES.map((language) => [`${name}.${code} ${language}`, label[language]!] as [string, string]),
          ),
        ),
      ...EVENT_TYPES.flatMap((type) =>
        STATE_LANGUAGES.map((language) => [`${type} ${language}`, describeEvent(type, language)] as [string, string]),
      ),
      ...STATE_LANGUAGES.flatMap((language) => [
        [`full name ${language}`, COMMISSION_NAME.full[language]] as [string, string],
        [`short name ${language}`, COMMISSION_NAME.short[language]] as [string, string],
      ]),
    ];
    const found = texts.flatMap(([name, text]) => problemsOf(text).map((problem) => `${name}: ${problem}: ${text}`));
    expect(found).toEqual([]);
  });
});

import { DecisionOutcome, ReviewStage } from '../events/review-events';
import { RequestAction, RequestStatus } from './request-status';

/** A code's name for people, in each language the system speaks. */
export interface CodeLabel {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/**
 * What a request's status is called where people read it: messages, pages, feeds. Codes stay in
 * the API; these never contain one. The terms follow docs/glossary.md.
 */
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, CodeLabel>> = {
  draft: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  submitted: { kk: 'Берілді', ru: 'Подана', en: 'Submitted' },
  screening: { kk: 'Толықтығы тексерілуде', ru: 'На проверке комплектности', en: 'Screening' },
  returned: { kk: 'Пысықтауға қайтарылды', ru: 'Возвращена на доработку', en: 'Returned for revision' },
  expert_review: { kk: 'Сараптамада', ru: 'На экспертизе', en: 'Under expert review' },
  on_agenda: { kk: 'Күн тәртібіне енгізілді', ru: 'Включена в повестку', en: 'On the agenda' },
  decided: { kk: 'Шешім шығарылды', ru: 'Решение вынесено', en: 'Decided' },
  published: { kk: 'Шешім жарияланды', ru: 'Решение опубликовано', en: 'Published' },
  withdrawn: { kk: 'Кері қайтарып алынды', ru: 'Отозвана заявителем', en: 'Withdrawn' },
  expired: { kk: 'Шешімнің қолданылу мерзімі өтті', ru: 'Срок действия решения истёк', en: 'Expired' },
  revoked: { kk: 'Шешімнің күші жойылды', ru: 'Решение отменено', en: 'Revoked' },
  reconsideration: { kk: 'Қайта қаралуда', ru: 'На пересмотре', en: 'Under reconsideration' },
};

/** What each act on a request is called; `give_opinion` is refused through the same message. */
export const REQUEST_ACTION_LABELS: Readonly<Record<RequestAction | 'give_opinion', CodeLabel>> = {
  edit: { kk: 'Өзгерту', ru: 'Изменить', en: 'Edit' },
  submit: { kk: 'Беру', ru: 'Подать', en: 'Submit' },
  resubmit: { kk: 'Қайта беру', ru: 'Подать повторно', en: 'Resubmit' },
  start_screening: { kk: 'Толықтығын тексеруді бастау', ru: 'Начать проверку комплектности', en: 'Start screening' },
  return_for_revision: { kk: 'Пысықтауға қайтару', ru: 'Вернуть на доработку', en: 'Return for revision' },
  accept_for_review: { kk: 'Сараптамаға қабылдау', ru: 'Принять на экспертизу', en: 'Accept for expert review' },
  place_on_agenda: { kk: 'Күн тәртібіне енгізу', ru: 'Включить в повестку', en: 'Place on the agenda' },
  defer: { kk: 'Кейінге қалдыру', ru: 'Отложить', en: 'Defer' },
  decide: { kk: 'Шешім шығару', ru: 'Вынести решение', en: 'Decide' },
  publish: { kk: 'Жариялау', ru: 'Опубликовать', en: 'Publish' },
  withdraw: { kk: 'Кері қайтарып алу', ru: 'Отозвать заявку', en: 'Withdraw' },
  expire: { kk: 'Қолданылу мерзімін аяқтау', ru: 'Прекратить по истечении срока', en: 'Expire' },
  revoke: { kk: 'Шешімнің күшін жою', ru: 'Отменить решение', en: 'Revoke' },
  request_reconsideration: { kk: 'Қайта қарауды сұрау', ru: 'Запросить пересмотр', en: 'Request reconsideration' },
  give_opinion: { kk: 'Сараптама қорытындысын беру', ru: 'Дать экспертное заключение', en: 'Give an opinion' },
};

/** The stages of a case's review, as the Commission's staff name them. */
export const REVIEW_STAGE_LABELS: Readonly<Record<ReviewStage, CodeLabel>> = {
  screening: { kk: 'Толықтығын тексеру', ru: 'Проверка комплектности', en: 'Screening' },
  technical: { kk: 'Техникалық сараптама', ru: 'Техническая экспертиза', en: 'Technical review' },
  security: { kk: 'Ақпараттық қауіпсіздік сараптамасы', ru: 'Экспертиза информационной безопасности', en: 'Security review' },
  legal: { kk: 'Құқықтық сараптама', ru: 'Правовая экспертиза', en: 'Legal review' },
  agenda: { kk: 'Күн тәртібіне енгізу', ru: 'Включение в повестку', en: 'Agenda' },
};

/** Outcome names as the Commission words them. */
export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, CodeLabel>> = {
  approved: { kk: 'Мақұлданды', ru: 'Одобрено', en: 'Approved' },
  approved_with_conditions: { kk: 'Шарттармен мақұлданды', ru: 'Одобрено с условиями', en: 'Approved with conditions' },
  rejected: { kk: 'Бас тартылды', ru: 'Отказано', en: 'Rejected' },
  returned_for_revision: { kk: 'Пысықтауға қайтарылды', ru: 'Возвращено на доработку', en: 'Returned for revision' },
  deferred: { kk: 'Кейінге қалдырылды', ru: 'Отложено', en: 'Deferred' },
};

/**
 * The Commission's name as the decree gives it: in full where the register introduces itself
 * (the footer, the feed's author), short in headings.
 */
export const COMMISSION_NAME = {
  full: {
    kk: 'Қазақстан Республикасының Президенті жанындағы Цифрландыруды енгізу мәселелері жөніндегі комиссия',
    ru: 'Комиссия по вопросам внедрения цифровизации при Президенте Республики Казахстан',
    en: 'Commission on the Introduction of Digitalization under the President of the Republic of Kazakhstan',
  },
  short: { kk: 'Цифрландыру жөніндегі комиссия', ru: 'Комиссия по цифровизации', en: 'Commission on Digitalization' },
} as const satisfies Record<string, CodeLabel>;

/** A code's label in `language`; a code no table knows (a newer client's) is shown as it is. */
export function labelOf(table: Readonly<Record<string, CodeLabel>>, code: unknown, language: keyof CodeLabel): string {
  const key = String(code);
  return Object.hasOwn(table, key) ? table[key]![language] : key;
}

import { DECISION_OUTCOME_LABELS, DECISION_OUTCOMES, DecisionOutcome, PUBLICATION_KINDS, PublicationKind } from '@qaztech/contracts';
import { Language } from '@qaztech/platform';

type Translations = Readonly<Record<Language, string>>;

/** Outcome names as the Commission words them: the same words as review's messages. */
export const OUTCOME_LABELS: Readonly<Record<DecisionOutcome, Translations>> = DECISION_OUTCOME_LABELS;

export const RECORD_KIND_LABELS: Readonly<Record<PublicationKind, Translations>> = {
  decision: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
  revocation: { kk: 'Шешімнің күшін жою', ru: 'Отмена решения', en: 'Revocation' },
  expiry: { kk: 'Қолданылу мерзімінің өтуі', ru: 'Истечение срока действия', en: 'Expiry' },
};

/** What the Commission found a capability lacks. */
export const CAPABILITY_GAP_LABELS: Readonly<Record<string, Translations>> = {
  absent: { kk: 'жоқ', ru: 'отсутствует', en: 'absent' },
  insufficient: { kk: 'жеткіліксіз', ru: 'недостаточна', en: 'insufficient' },
};

/**
 * The request form's catalogues (reasons, data, funding). The register does not own them: a
 * code it has no label for is shown as the code itself, so a new catalogue entry never breaks
 * the page.
 */
export const REASON_CATEGORY_LABELS: Readonly<Record<string, Translations>> = {
  state_secrets: { kk: 'Мемлекеттік құпиялар', ru: 'Государственные секреты', en: 'State secrets' },
  dsp_data: {
    kk: 'Таратылуы шектелген қызметтік ақпарат (ҚБПҮ)',
    ru: 'Служебная информация ограниченного распространения (ДСП)',
    en: 'Restricted official information (DSP)',
  },
  special_hardware_or_network: {
    kk: 'Арнайы жабдық немесе желі',
    ru: 'Специальное оборудование или сеть',
    en: 'Special hardware or network',
  },
  performance_or_scale: { kk: 'Өнімділік немесе ауқым', ru: 'Производительность или масштаб', en: 'Performance or scale' },
  legal_mandate: { kk: 'Заң талабы', ru: 'Требование закона', en: 'Legal mandate' },
  integration_constraints: { kk: 'Интеграциялық шектеулер', ru: 'Ограничения интеграции', en: 'Integration constraints' },
  international_obligations: { kk: 'Халықаралық міндеттемелер', ru: 'Международные обязательства', en: 'International obligations' },
  other: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

export const DATA_CATEGORY_LABELS: Readonly<Record<string, Translations>> = {
  none: { kk: 'Дербес немесе шектеулі деректер жоқ', ru: 'Нет персональных или ограниченных данных', en: 'No personal or restricted data' },
  public_personal_data: {
    kk: 'Жалпыға бірдей қолжетімді дербес деректер',
    ru: 'Общедоступные персональные данные',
    en: 'Public personal data',
  },
  restricted_personal_data: {
    kk: 'Қолжетімділігі шектеулі дербес деректер',
    ru: 'Персональные данные ограниченного доступа',
    en: 'Restricted personal data',
  },
  biometric: { kk: 'Биометриялық деректер', ru: 'Биометрические данные', en: 'Biometric data' },
  dsp: {
    kk: 'Таратылуы шектелген қызметтік ақпарат (ҚБПҮ)',
    ru: 'Служебная информация ограниченного распространения (ДСП)',
    en: 'Restricted official information (DSP)',
  },
  critical_ict: {
    kk: 'Ақпараттық-коммуникациялық инфрақұрылымның аса маңызды объектілері',
    ru: 'Критически важные объекты информационно-коммуникационной инфраструктуры',
    en: 'Critical information and communication infrastructure',
  },
};

export const FUNDING_SOURCE_LABELS: Readonly<Record<string, Translations>> = {
  republican_budget: { kk: 'Республикалық бюджет', ru: 'Республиканский бюджет', en: 'Republican budget' },
  local_budget: { kk: 'Жергілікті бюджет', ru: 'Местный бюджет', en: 'Local budget' },
  own_funds: { kk: 'Меншікті қаражат', ru: 'Собственные средства', en: 'Own funds' },
  loan: { kk: 'Қарыз', ru: 'Заём', en: 'Loan' },
  grant: { kk: 'Грант', ru: 'Грант', en: 'Grant' },
  other: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

/** A code's label in `language`, or the code itself when the catalogue has none. */
export function codeLabel(table: Readonly<Record<string, Translations>>, code: string, language: Language): string {
  return Object.hasOwn(table, code) ? (table[code] as Translations)[language] : code;
}

export const OUTCOME_CODES: readonly DecisionOutcome[] = DECISION_OUTCOMES;
export const RECORD_KINDS: readonly PublicationKind[] = PUBLICATION_KINDS;

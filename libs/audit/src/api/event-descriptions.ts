import { Language } from '@qaztech/platform';

type Described = Readonly<Record<Language, string>>;

/** What an event means, for a person reading a history; unknown types show their name. */
const DESCRIPTIONS: Readonly<Record<string, Described>> = {
  'request.created.v1': { kk: 'Өтінім жобасы құрылды', ru: 'Создан проект заявки', en: 'Draft request created' },
  'request.updated.v1': { kk: 'Өтінім өзгертілді', ru: 'Заявка изменена', en: 'Request edited' },
  'request.attachment_added.v1': { kk: 'Құжат қосылды', ru: 'Приложен документ', en: 'Document attached' },
  'request.submitted.v1': {
    kk: 'Өтінім берілді және тіркелді',
    ru: 'Заявка подана и зарегистрирована',
    en: 'Request submitted and registered',
  },
  'request.resubmitted.v1': {
    kk: 'Түзетілген өтінім қайта берілді',
    ru: 'Исправленная заявка подана повторно',
    en: 'Revised request resubmitted',
  },
  'request.withdrawn.v1': { kk: 'Өтінім кері қайтарылды', ru: 'Заявка отозвана', en: 'Request withdrawn' },
  'request.returned.v1': { kk: 'Өтінім пысықтауға қайтарылды', ru: 'Заявка возвращена на доработку', en: 'Request returned for revision' },
  'audit.accessed.v1': { kk: 'Аудитор журналды оқыды', ru: 'Аудитор прочитал журнал', en: 'Auditor read the ledger' },
  'audit.redelivery_requested.v1': {
    kk: 'Журнал жетіспейтін оқиғаларды сұрады',
    ru: 'Журнал запросил недостающие события',
    en: 'Ledger asked for missing events',
  },
};

export function describeEvent(type: string, language: Language): string {
  return DESCRIPTIONS[type]?.[language] ?? type;
}

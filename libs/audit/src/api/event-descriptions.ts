import { EventCause, EventType, isKnownEventType } from '@qaztech/contracts';
import { Language } from '@qaztech/platform';

type Described = Readonly<Record<Language, string>>;

/** What an event means, for a person reading a history; exhaustive, so a new event type must say. */
const DESCRIPTIONS: Readonly<Record<EventType, Described>> = {
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
  'request.withdrawn.v1': { kk: 'Өтінім кері қайтарып алынды', ru: 'Заявка отозвана', en: 'Request withdrawn' },
  'request.returned.v1': { kk: 'Өтінім пысықтауға қайтарылды', ru: 'Заявка возвращена на доработку', en: 'Request returned for revision' },
  'review.task_created.v1': { kk: 'Тапсырма ашылды', ru: 'Открыта задача', en: 'Task opened' },
  'review.task_claimed.v1': { kk: 'Тапсырманы қызметкер алды', ru: 'Задачу взял сотрудник', en: 'Task claimed' },
  'review.task_released.v1': { kk: 'Тапсырма кезекке қайтарылды', ru: 'Задача возвращена в очередь', en: 'Task released' },
  'review.task_assigned.v1': { kk: 'Тапсырма тағайындалды', ru: 'Задача назначена', en: 'Task assigned' },
  'review.task_cancelled.v1': { kk: 'Тапсырманың күші жойылды', ru: 'Задача отменена', en: 'Task cancelled' },
  'request.screening_started.v1': {
    kk: 'Өтінімнің толықтығын тексеру басталды',
    ru: 'Начата проверка комплектности',
    en: 'Screening started',
  },
  'request.accepted_for_review.v1': {
    kk: 'Өтінім сараптамаға қабылданды',
    ru: 'Заявка принята на экспертизу',
    en: 'Accepted for expert review',
  },
  'review.opinion_submitted.v1': { kk: 'Сараптама қорытындысы берілді', ru: 'Дано экспертное заключение', en: 'Expert opinion given' },
  'request.ready_for_agenda.v1': { kk: 'Өтінім күн тәртібіне дайын', ru: 'Заявка готова к повестке', en: 'Ready for the agenda' },
  'meeting.scheduled.v1': { kk: 'Отырыс тағайындалды', ru: 'Назначено заседание', en: 'Meeting scheduled' },
  'meeting.attendance_recorded.v1': { kk: 'Қатысу белгіленді', ru: 'Отмечено присутствие', en: 'Attendance recorded' },
  'meeting.minutes_signed.v1': {
    kk: 'Отырыс хаттамасына ЭЦҚ қойылды',
    ru: 'Протокол заседания подписан ЭЦП',
    en: 'Meeting minutes signed',
  },
  'request.placed_on_agenda.v1': { kk: 'Өтінім күн тәртібіне енгізілді', ru: 'Заявка включена в повестку', en: 'Placed on the agenda' },
  'vote.cast.v1': { kk: 'Дауыс берілді', ru: 'Подан голос', en: 'Vote cast' },
  'vote.recused.v1': { kk: 'Мүше дауыс беруден шеттетілді', ru: 'Член комиссии отстранён от голосования', en: 'Member recused' },
  'agenda.item_closed.v1': { kk: 'Күн тәртібінің мәселесі жабылды', ru: 'Вопрос повестки закрыт', en: 'Agenda item closed' },
  'request.deferred.v1': { kk: 'Қарау кейінге қалдырылды', ru: 'Рассмотрение отложено', en: 'Consideration deferred' },
  'decision.issued.v1': { kk: 'Шешім шығарылды', ru: 'Вынесено решение', en: 'Decision issued' },
  'decision.revoked.v1': { kk: 'Шешімнің күші жойылды', ru: 'Решение отменено', en: 'Decision revoked' },
  'platform.obligation_recorded.v1': {
    kk: 'Платформа операторының өтініш берушіге міндеттемесі тіркелді',
    ru: 'Зафиксировано обязательство оператора платформы перед заявителем',
    en: "The platform operator's obligation to the applicant was recorded",
  },
  'decision.published.v1': {
    kk: 'Шешім тізілімде жарияланды',
    ru: 'Решение опубликовано в реестре',
    en: 'Decision published in the register',
  },
  'decision.published.v2': {
    kk: 'Шешім тізілімде жарияланды',
    ru: 'Решение опубликовано в реестре',
    en: 'Decision published in the register',
  },
  'webhook.subscription_created.v1': {
    kk: 'Тізілімнің вебхукына жазылым құрылды',
    ru: 'Создана подписка на вебхуки реестра',
    en: 'Register webhook subscription created',
  },
  'webhook.subscription_disabled.v1': {
    kk: 'Вебхукқа жазылым өшірілді',
    ru: 'Подписка на вебхуки отключена',
    en: 'Webhook subscription disabled',
  },
  'webhook.secret_rotated.v1': {
    kk: 'Вебхук қолтаңбасының құпия кілті ауыстырылды',
    ru: 'Секретный ключ подписи вебхуков заменён',
    en: 'Webhook signing secret rotated',
  },
  'reconsideration.requested.v1': { kk: 'Қайта қарау сұралды', ru: 'Запрошен пересмотр', en: 'Reconsideration requested' },
  'exemption.expired.v1': { kk: 'Шешімнің қолданылу мерзімі өтті', ru: 'Истёк срок действия решения', en: 'Exemption expired' },
  'deadline.missed.v1': { kk: 'Мерзім өтіп кетті', ru: 'Срок пропущен', en: 'Deadline missed' },
  'calendar.updated.v1': { kk: 'Жұмыс күнтізбесі жаңартылды', ru: 'Обновлён рабочий календарь', en: 'Working calendar updated' },
  'audit.accessed.v1': { kk: 'Аудитор журналды қарады', ru: 'Аудитор просмотрел журнал', en: 'Auditor read the ledger' },
  'audit.redelivery_requested.v1': {
    kk: 'Журнал жетіспейтін оқиғаларды сұрады',
    ru: 'Журнал запросил недостающие события',
    en: 'Ledger asked for missing events',
  },
  'audit.publication_anchored.v1': {
    kk: 'Жарияланған шешім журналдың қол қойылған бақылау нүктесіне енгізілді',
    ru: 'Опубликованное решение вошло в подписанную контрольную точку журнала',
    en: 'Published decision included in a signed ledger checkpoint',
  },
  'catalogue.capability_created.v1': {
    kk: 'QazTech мүмкіндіктер каталогына жазба қосылды',
    ru: 'В каталог возможностей QazTech добавлена запись',
    en: 'QazTech capability added to the catalogue',
  },
  'catalogue.capability_updated.v1': {
    kk: 'QazTech мүмкіндігінің сипаттамасы өзгертілді',
    ru: 'Изменено описание возможности QazTech',
    en: 'QazTech capability description changed',
  },
  'catalogue.capability_status_changed.v1': {
    kk: 'QazTech мүмкіндігінің мәртебесі өзгерді',
    ru: 'Изменён статус возможности QazTech',
    en: 'QazTech capability status changed',
  },
  'catalogue.capability_retired.v1': {
    kk: 'QazTech мүмкіндігі каталогтан алынып тасталды',
    ru: 'Возможность QazTech выведена из каталога',
    en: 'QazTech capability retired from the catalogue',
  },
  'catalogue.inventory_imported.v1': {
    kk: 'Қолданыстағы мемлекеттік жүйелер тізімі импортталды',
    ru: 'Импортирован перечень существующих государственных систем',
    en: 'Inventory of existing state systems imported',
  },
  'catalogue.glossary_term_added.v1': {
    kk: 'Қазақша-орысша терминдер сөздігі толықтырылды',
    ru: 'Пополнен казахско-русский глоссарий терминов',
    en: 'Kazakh-Russian glossary term added',
  },
  'overlap.report_computed.v1': {
    kk: 'Қайталану есебі автоматты түрде жасалды',
    ru: 'Автоматически составлен отчёт о пересечениях',
    en: 'Overlap report computed automatically',
  },
  'overlap.similar_decisions_found.v1': {
    kk: 'Ұқсас жарияланған шешімдер табылды',
    ru: 'Найдены похожие опубликованные решения',
    en: 'Similar published decisions found',
  },
};

export function describeEvent(type: string, language: Language): string {
  return isKnownEventType(type) ? DESCRIPTIONS[type][language] : type;
}

const BY_SYSTEM: Described = { kk: 'жүйе өзі орындады', ru: 'выполнено системой', en: 'done by the system' };
const AFTER: Described = { kk: 'себебі', ru: 'вслед за', en: 'after' };
const REFUSED_ACT: Described = {
  kk: 'қабылданбаған әрекет',
  ru: 'непринятое действие',
  en: 'a refused act',
};

/**
 * A step of a history in words. A step the system took by itself says so and names the act that
 * caused it and whose it was: "Task opened (done by the system, after “Expert opinion given”: A. Expert)".
 */
export function describeStep(type: string, cause: EventCause | undefined, language: Language): string {
  const what = describeEvent(type, language);
  if (!cause) return what;
  const [open, close] = language === 'en' ? ['“', '”'] : ['«', '»'];
  const act = cause.type === null ? REFUSED_ACT[language] : `${open}${describeEvent(cause.type, language)}${close}`;
  const who = cause.actor.name ?? cause.actor.id;
  return `${what} (${BY_SYSTEM[language]}, ${AFTER[language]} ${act}: ${who})`;
}

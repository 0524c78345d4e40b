import { DECISION_OUTCOME_LABELS, labelOf, REVIEW_STAGE_LABELS } from '@qaztech/contracts';
import { counted, defineErrors, provideErrors } from '@qaztech/platform';

// "В течение N календарных дней" takes the genitive: singular for one, plural for the rest.
const CALENDAR_DAYS_RU = { one: 'календарного дня', few: 'календарных дней', many: 'календарных дней', other: 'календарного дня' };

/** The result of a vote as the minutes word it; `open` is an item whose vote is not closed. */
const VOTE_RESULT_LABELS = {
  carried: { kk: 'Шешім қабылданды', ru: 'Решение принято', en: 'carried' },
  not_carried: { kk: 'Шешім қабылданбады', ru: 'Решение не принято', en: 'not carried' },
  no_quorum: { kk: 'Кворум жоқ', ru: 'Нет кворума', en: 'no quorum' },
  open: { kk: 'Дауыс беру аяқталмаған', ru: 'Голосование не завершено', en: 'open' },
};

/** The error codes review owns, registered with the platform when its module is built. */
export const REVIEW_ERRORS = defineErrors('review', {
  errors: {
    TASK_NOT_FOUND: {
      status: 404,
      kk: 'Тапсырма табылмады.',
      ru: 'Задача не найдена.',
      en: 'The task was not found.',
    },
    MEETING_NOT_FOUND: {
      status: 404,
      kk: 'Отырыс табылмады.',
      ru: 'Заседание не найдено.',
      en: 'The meeting was not found.',
    },
    AGENDA_ITEM_NOT_FOUND: {
      status: 404,
      kk: 'Күн тәртібінің мәселесі табылмады.',
      ru: 'Вопрос повестки не найден.',
      en: 'The agenda item was not found.',
    },
    WRONG_STAGE_ROLE: {
      status: 403,
      kk: ({ stage }) => `«${labelOf(REVIEW_STAGE_LABELS, stage, 'kk')}» кезеңі сіздің рөліңіздің өкілеттігіне кірмейді.`,
      ru: ({ stage }) => `Этап «${labelOf(REVIEW_STAGE_LABELS, stage, 'ru')}» не входит в полномочия вашей роли.`,
      en: 'Work of the "{stage}" stage is not for your role.',
    },
    TASK_ALREADY_CLAIMED: {
      status: 409,
      kk: 'Тапсырманы басқа қызметкер алып қойған.',
      ru: 'Задачу уже взял другой сотрудник.',
      en: 'Someone else already holds this task.',
    },
    TASK_NOT_HELD: {
      status: 409,
      kk: 'Тапсырма сізге бекітілмеген: алдымен оны жұмысқа алыңыз.',
      ru: 'Задача не закреплена за вами: сначала возьмите её в работу.',
      en: 'You do not hold this task: claim it first.',
    },
    TASK_CLOSED: {
      status: 409,
      kk: 'Тапсырма жабылған.',
      ru: 'Задача уже закрыта.',
      en: 'The task is already closed.',
    },
    CONFLICT_OF_INTEREST: {
      status: 409,
      kk: 'Мүдделер қақтығысы: сіз бұл өтінімді қарай алмайсыз.',
      ru: 'Конфликт интересов: вы не можете рассматривать эту заявку.',
      en: 'Conflict of interest: you may not review this request.',
    },
    STALE_VERSION: {
      status: 409,
      kk: 'Өтінімнің ағымдағы нұсқасы — {current}; қорытынды сол нұсқаға берілуі тиіс.',
      ru: 'Текущая версия заявки — {current}; заключение должно относиться к ней.',
      en: 'The current version of the request is {current}; the opinion must concern it.',
    },
    NOT_READY_FOR_AGENDA: {
      status: 409,
      kk: 'Өтінім күн тәртібіне дайын емес: барлық сараптама қорытындылары қажет.',
      ru: 'Заявка не готова к включению в повестку: нужны все экспертные заключения.',
      en: 'The request is not ready for the agenda: every expert opinion is needed.',
    },
    PROTOCOL_NUMBER_TAKEN: {
      status: 409,
      kk: 'Бұл хаттама нөмірі бос емес.',
      ru: 'Этот номер протокола уже занят.',
      en: 'This protocol number is already taken.',
    },
    NOT_A_MEMBER: {
      status: 403,
      kk: 'Сіз бұл отырысқа қатысушылар қатарына енгізілмегенсіз.',
      ru: 'Вы не включены в число участников этого заседания.',
      en: 'You are not a member of this meeting.',
    },
    NOT_PRESENT: {
      status: 409,
      kk: 'Отырысқа қатысқаны белгіленбеген Комиссия мүшесі дауыс бере алмайды.',
      ru: 'Член Комиссии, не отмеченный как присутствующий, не может голосовать.',
      en: 'A member not recorded as present cannot vote.',
    },
    ALREADY_VOTED: {
      status: 409,
      kk: 'Сіз бұл мәселе бойынша дауыс беріп қойдыңыз.',
      ru: 'Вы уже проголосовали по этому вопросу.',
      en: 'You have already voted on this item.',
    },
    RECUSED: {
      status: 409,
      kk: 'Сіз бұл мәселе бойынша дауыс беруден шеттетілгенсіз.',
      ru: 'Вы отстранены от голосования по этому вопросу.',
      en: 'You are recused from voting on this item.',
    },
    VOTING_CLOSED: {
      status: 409,
      kk: 'Бұл мәселе бойынша дауыс беру аяқталған.',
      ru: 'Голосование по этому вопросу закрыто.',
      en: 'Voting on this item is closed.',
    },
    OUTCOME_MISMATCH: {
      status: 409,
      kk: ({ vote, outcome }) =>
        `Дауыс беру нәтижесі «${labelOf(VOTE_RESULT_LABELS, vote, 'kk')}» болғанда «${labelOf(DECISION_OUTCOME_LABELS, outcome, 'kk')}» шешімі шығарылмайды.`,
      ru: ({ vote, outcome }) =>
        `При итоге голосования «${labelOf(VOTE_RESULT_LABELS, vote, 'ru')}» нельзя вынести решение «${labelOf(DECISION_OUTCOME_LABELS, outcome, 'ru')}».`,
      en: 'A decision "{outcome}" cannot follow a vote that ended "{vote}".',
    },
    DECISION_ALREADY_ISSUED: {
      status: 409,
      kk: 'Бұл мәселе бойынша шешім шығарылған.',
      ru: 'Решение по этому вопросу уже вынесено.',
      en: 'A decision on this item has already been issued.',
    },
    MEETING_NOT_HELD_YET: {
      status: 409,
      kk: 'Шешім отырыс өткізілгенге дейін шығарылмайды: отырыс {meetingDate} күні.',
      ru: 'Решение нельзя вынести до заседания: заседание назначено на {meetingDate}.',
      en: 'A decision cannot be issued before its meeting, which is on {meetingDate}.',
    },
    DECISION_NOT_IN_FORCE: {
      status: 409,
      kk: 'Шешім күшінде емес.',
      ru: 'Решение не действует.',
      en: 'The decision is not in force.',
    },
    RECONSIDERATION_NOT_ALLOWED: {
      status: 409,
      kk: 'Қайта қарау мүмкін емес: оны бір рет және шешім шығарылған күннен бастап {days} күнтізбелік күн ішінде ғана сұрауға болады.',
      ru: ({ days }) =>
        `Пересмотр невозможен: его можно запросить один раз и в течение ${counted('ru', days, CALENDAR_DAYS_RU)} со дня вынесения решения.`,
      en: ({ days }) =>
        `Reconsideration is not possible: it may be asked once, within ${counted('en', days, { one: 'day', other: 'days' })}.`,
    },
  },
  fields: {
    OUTSIDE_YEAR: {
      kk: 'Күн {year} жылға жатуы тиіс.',
      ru: 'Дата должна относиться к {year} году.',
      en: 'The date must fall in {year}.',
    },
    MUST_BE_WEEKEND: {
      kk: 'Жұмыс күніне тек сенбі немесе жексенбі ауыстырылады.',
      ru: 'Рабочим днём можно объявить только субботу или воскресенье.',
      en: 'Only a Saturday or Sunday can be made a working day.',
    },
    UNKNOWN_MEMBER: {
      kk: 'Отырысқа қатысушылар арасында мұндай мүше жоқ.',
      ru: 'Такого участника нет в составе участников заседания.',
      en: 'No such member in the meeting.',
    },
    EXACTLY_ONE_CHAIR: {
      kk: 'Құрамда дәл бір төраға болуы тиіс.',
      ru: 'В составе должен быть ровно один председатель.',
      en: 'The members must include exactly one chair.',
    },
    NOT_EXPECTED_FOR_OUTCOME: {
      kk: ({ outcome }) => `Бұл өріс «${labelOf(DECISION_OUTCOME_LABELS, outcome, 'kk')}» шешімінде толтырылмайды.`,
      ru: ({ outcome }) => `Это поле не относится к решению «${labelOf(DECISION_OUTCOME_LABELS, outcome, 'ru')}».`,
      en: 'This field does not belong to a decision "{outcome}".',
    },
    DATE_IN_PAST: {
      kk: 'Күні бүгінгі күннен кейін болуы тиіс.',
      ru: 'Дата должна быть позже сегодняшней.',
      en: 'The date must be after today.',
    },
    NOT_CLAIMED: {
      kk: 'Өтінімнің бұл себебі мұндай мүмкіндікті атамайды.',
      ru: 'Эта причина заявки не называет такую возможность.',
      en: 'This reason of the request names no such capability.',
    },
    CLAIM_UNANSWERED: {
      kk: '{reason}-себептің {claim}-мүмкіндігі бойынша жауап жоқ.',
      ru: 'Причина {reason}, возможность {claim}: нет ответа.',
      en: 'Reason {reason}, capability {claim}: no answer.',
    },
    ONLY_WHEN_AVAILABLE_BY: {
      kk: 'Күн тек мүмкіндік көрсетілген күнге дейін қолжетімді болатын жағдайда көрсетіледі.',
      ru: 'Дата указывается, только если возможность станет доступна к сроку.',
      en: 'A date is given only when the capability becomes available by a date.',
    },
    NOTHING_TO_OFFER: {
      kk: 'Қарсы ұсыныс тек платформа қызмет көрсете алатын жағдайда беріледі.',
      ru: 'Встречное предложение даётся, только если платформа может обслужить систему.',
      en: 'A counter-offer is made only where the platform can serve.',
    },
    NOT_OFFERABLE: {
      kk: 'Бұл мүмкіндік қолжетімді деп жауап берілмеген: оны ұсынуға болмайды.',
      ru: 'Эта возможность не указана как доступная: её нельзя предложить.',
      en: 'This capability was not answered as available: it cannot be offered.',
    },
    NOT_FOR_THIS_OPINION: {
      kk: 'Бұл өріс сарапшылық қорытындының басқа түріне жатады.',
      ru: 'Это поле относится к заключению другого вида.',
      en: 'This field belongs to another kind of opinion.',
    },
    NO_SUCH_REASON: {
      kk: 'Өтінімде мұндай себеп жоқ.',
      ru: 'В заявке нет такой причины.',
      en: 'The request has no such reason.',
    },
    REASON_UNRATED: {
      kk: '{reason}-себеп бағаланбаған.',
      ru: 'Причина {reason} не оценена.',
      en: 'Reason {reason} is not rated.',
    },
    REASON_NOT_ACCEPTED: {
      kk: 'Мүмкіндіктің жетіспеушілігі оның себебі қабылданғанда ғана қабылданады.',
      ru: 'Недостаток возможности принимается только вместе с его причиной.',
      en: 'A capability gap is accepted only with its reason.',
    },
    NOT_IN_CATALOGUE: {
      kk: 'Платформа операторы бұл мүмкіндік каталогта жоқ деп жауап берді: оны қабылдауға болмайды.',
      ru: 'Оператор платформы ответил, что такой возможности нет в каталоге: её нельзя принять.',
      en: 'The platform operator answered that the catalogue has no such capability: it cannot be accepted.',
    },
    NO_COUNTER_OFFER: {
      kk: 'Техникалық қорытындыда қарсы ұсыныс жоқ.',
      ru: 'В техническом заключении нет встречного предложения.',
      en: 'The technical opinion carries no counter-offer.',
    },
    ONLY_ON_REFUSAL: {
      kk: 'Қарсы ұсыныс тек бас тарту шешімімен міндеттемеге айналады.',
      ru: 'Встречное предложение становится обязательством только при отказе.',
      en: 'A counter-offer becomes an obligation only on a refusal.',
    },
  },
});

export const ReviewError = REVIEW_ERRORS.codes;
export const ReviewFieldError = REVIEW_ERRORS.fieldCodes;

export const REVIEW_ERROR_CODES = provideErrors(REVIEW_ERRORS);

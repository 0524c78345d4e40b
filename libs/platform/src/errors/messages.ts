import { ErrorCode, FieldErrorCode } from './error-codes';
import { FIELD_MESSAGES, Localized } from './field-messages';
import { Language } from './language';
import { MessageParams } from './domain-error';

const ERROR_MESSAGES: Readonly<Record<ErrorCode, Localized>> = {
  VALIDATION_FAILED: {
    kk: 'Сұрау деректері қате толтырылған.',
    ru: 'Данные запроса заполнены неверно.',
    en: 'The request data is invalid.',
  },
  MALFORMED_BODY: {
    kk: 'Сұрау денесін оқу мүмкін емес: JSON қате.',
    ru: 'Не удалось прочитать тело запроса: некорректный JSON.',
    en: 'The request body could not be read: malformed JSON.',
  },
  MALFORMED_UPLOAD: {
    kk: 'Жүктелген файлды оқу мүмкін емес: multipart/form-data денесі қате.',
    ru: 'Не удалось прочитать загрузку: некорректное тело multipart/form-data.',
    en: 'The upload could not be read: malformed multipart/form-data body.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    kk: 'Сұрау денесінің бұл түрі қабылданбайды.',
    ru: 'Этот тип тела запроса не поддерживается.',
    en: 'This request body type is not supported.',
  },
  PAYLOAD_TOO_LARGE: {
    kk: 'Сұрау тым үлкен.',
    ru: 'Запрос слишком большой.',
    en: 'The request is too large.',
  },
  UNAUTHENTICATED: {
    kk: 'Кіру қажет: Bearer токені берілмеген.',
    ru: 'Требуется вход: не передан Bearer-токен.',
    en: 'Authentication required: no bearer token was given.',
  },
  TOKEN_EXPIRED: {
    kk: 'Токеннің мерзімі өтіп кеткен.',
    ru: 'Срок действия токена истёк.',
    en: 'The token has expired.',
  },
  TOKEN_INVALID: {
    kk: 'Токен жарамсыз.',
    ru: 'Токен недействителен.',
    en: 'The token is not valid.',
  },
  TOKEN_LIFETIME_TOO_LONG: {
    kk: 'Токен қабылданбайды: оның әрекет ету мерзімі (exp) көрсетілуі және берілген сәттен бастап {maxSeconds} с аспауы тиіс.',
    ru: 'Токен не принят: срок его действия (exp) должен быть указан и не превышать {maxSeconds} с с момента выдачи.',
    en: 'The token is refused: it must carry an expiry (exp) at most {maxSeconds} s after it was issued.',
  },
  FORBIDDEN: {
    kk: 'Бұл әрекетке сіздің рөліңізде құқық жоқ.',
    ru: 'Ваша роль не позволяет выполнить это действие.',
    en: 'Your role does not allow this action.',
  },
  ROUTE_NOT_FOUND: {
    kk: 'Мұндай мекенжай жоқ.',
    ru: 'Такого адреса нет.',
    en: 'There is no such route.',
  },
  REQUEST_NOT_FOUND: {
    kk: 'Өтінім табылмады.',
    ru: 'Заявка не найдена.',
    en: 'The request was not found.',
  },
  ATTACHMENT_NOT_FOUND: {
    kk: 'Қоса берілген құжат табылмады.',
    ru: 'Вложение не найдено.',
    en: 'The attachment was not found.',
  },
  VERSION_NOT_FOUND: {
    kk: 'Өтінімнің мұндай нұсқасы жоқ.',
    ru: 'Такой версии заявки нет.',
    en: 'The request has no such version.',
  },
  LEDGER_ENTRY_NOT_FOUND: {
    kk: 'Журналда мұндай жазба жоқ.',
    ru: 'В журнале нет такой записи.',
    en: 'The ledger has no such entry.',
  },
  TILE_NOT_FOUND: {
    kk: 'Мұндай тайл жоқ: ол тексеру нүктесі бар өлшемдер үшін ғана сақталады.',
    ru: 'Такого тайла нет: тайлы хранятся только для размеров, у которых есть контрольная точка.',
    en: 'No such tile: tiles are kept only for sizes that have a checkpoint.',
  },
  CHECKPOINT_NOT_FOUND: {
    kk: 'Бұл өлшемдегі қол қойылған тексеру нүктесі жоқ.',
    ru: 'Подписанной контрольной точки такого размера нет.',
    en: 'There is no signed checkpoint of that size.',
  },
  INVALID_TRANSITION: {
    kk: '«{status}» күйіндегі өтінімге «{action}» әрекеті рұқсат етілмейді.',
    ru: 'Действие «{action}» недопустимо для заявки в статусе «{status}».',
    en: 'The action "{action}" is not allowed for a request in status "{status}".',
  },
  PRECONDITION_REQUIRED: {
    kk: 'If-Match тақырыбында өтінімнің нұсқасын көрсетіңіз.',
    ru: 'Укажите версию заявки в заголовке If-Match.',
    en: 'Give the request version in the If-Match header.',
  },
  VERSION_MISMATCH: {
    kk: 'Өтінімді басқа біреу өзгертті; соңғы нұсқасын алып, қайталаңыз.',
    ru: 'Заявку уже изменил кто-то другой; загрузите актуальную версию и повторите.',
    en: 'Someone else changed the request; fetch the current version and try again.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    kk: 'Бұл Idempotency-Key басқа сұрауға қолданылған.',
    ru: 'Этот Idempotency-Key уже использован для другого запроса.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  INCOMPLETE_REQUEST: {
    kk: 'Өтінім толық емес: жіберу алдында көрсетілген өрістерді толтырыңыз.',
    ru: 'Заявка неполная: заполните указанные поля перед подачей.',
    en: 'The request is incomplete: fill in the listed fields before submitting.',
  },
  FILE_TOO_LARGE: {
    kk: 'Файл тым үлкен: ең көбі {maxMegabytes} МБ.',
    ru: 'Файл слишком большой: не более {maxMegabytes} МБ.',
    en: 'The file is too large: {maxMegabytes} MB at most.',
  },
  UNSUPPORTED_FILE_TYPE: {
    kk: 'Файл түрі қабылданбайды: тек PDF, DOCX, XLSX, ODT, PNG, JPEG.',
    ru: 'Тип файла не поддерживается: только PDF, DOCX, XLSX, ODT, PNG, JPEG.',
    en: 'The file type is not accepted: only PDF, DOCX, XLSX, ODT, PNG, JPEG.',
  },
  TASK_NOT_FOUND: { kk: 'Тапсырма табылмады.', ru: 'Задача не найдена.', en: 'The task was not found.' },
  MEETING_NOT_FOUND: { kk: 'Отырыс табылмады.', ru: 'Заседание не найдено.', en: 'The meeting was not found.' },
  AGENDA_ITEM_NOT_FOUND: {
    kk: 'Күн тәртібінің мәселесі табылмады.',
    ru: 'Вопрос повестки не найден.',
    en: 'The agenda item was not found.',
  },
  DECISION_NOT_FOUND: { kk: 'Шешім табылмады.', ru: 'Решение не найдено.', en: 'The decision was not found.' },
  WRONG_STAGE_ROLE: {
    kk: '«{stage}» кезеңінің жұмысы сіздің рөліңізге жатпайды.',
    ru: 'Работа этапа «{stage}» не относится к вашей роли.',
    en: 'Work of the "{stage}" stage is not for your role.',
  },
  TASK_ALREADY_CLAIMED: {
    kk: 'Тапсырманы басқа адам алып қойған.',
    ru: 'Задачу уже взял другой сотрудник.',
    en: 'Someone else already holds this task.',
  },
  TASK_NOT_HELD: {
    kk: 'Бұл тапсырма сізде емес: алдымен оны алыңыз.',
    ru: 'Эта задача не за вами: сначала возьмите её.',
    en: 'You do not hold this task: claim it first.',
  },
  TASK_CLOSED: { kk: 'Тапсырма жабылған.', ru: 'Задача уже закрыта.', en: 'The task is already closed.' },
  CONFLICT_OF_INTEREST: {
    kk: 'Мүдделер қақтығысы: сіз бұл өтінімді қарай алмайсыз.',
    ru: 'Конфликт интересов: вы не можете рассматривать эту заявку.',
    en: 'Conflict of interest: you may not review this request.',
  },
  STALE_VERSION: {
    kk: 'Өтінімнің ағымдағы нұсқасы — {current}; қорытынды сол нұсқаға берілуі тиіс.',
    ru: 'Текущая версия заявки — {current}; заключение должно относиться к ней.',
    en: 'The current version of the request is {current}; the opinion must concern it.',
  },
  NOT_READY_FOR_AGENDA: {
    kk: 'Өтінім күн тәртібіне дайын емес: барлық сараптама қорытындысы қажет.',
    ru: 'Заявка не готова к повестке: нужны все экспертные заключения.',
    en: 'The request is not ready for the agenda: every expert opinion is needed.',
  },
  PROTOCOL_NUMBER_TAKEN: {
    kk: 'Бұл хаттама нөмірі бос емес.',
    ru: 'Этот номер протокола уже занят.',
    en: 'This protocol number is already taken.',
  },
  NOT_A_MEMBER: {
    kk: 'Сіз бұл отырыстың құрамында жоқсыз.',
    ru: 'Вы не входите в состав этого заседания.',
    en: 'You are not a member of this meeting.',
  },
  NOT_PRESENT: {
    kk: 'Отырысқа қатысқаны белгіленбеген мүше дауыс бере алмайды.',
    ru: 'Член, не отмеченный присутствующим, не может голосовать.',
    en: 'A member not recorded as present cannot vote.',
  },
  ALREADY_VOTED: {
    kk: 'Сіз бұл мәселе бойынша дауыс беріп қойдыңыз.',
    ru: 'Вы уже проголосовали по этому вопросу.',
    en: 'You have already voted on this item.',
  },
  RECUSED: {
    kk: 'Сіз бұл мәселе бойынша дауыс беруден шеттетілгенсіз.',
    ru: 'Вы отведены от голосования по этому вопросу.',
    en: 'You are recused from voting on this item.',
  },
  VOTING_CLOSED: {
    kk: 'Бұл мәселе бойынша дауыс беру аяқталған.',
    ru: 'Голосование по этому вопросу закрыто.',
    en: 'Voting on this item is closed.',
  },
  OUTCOME_MISMATCH: {
    kk: 'Дауыс беру нәтижесі «{vote}» болғанда «{outcome}» шешімі шығарылмайды.',
    ru: 'При итоге голосования «{vote}» нельзя вынести решение «{outcome}».',
    en: 'A decision "{outcome}" cannot follow a vote that ended "{vote}".',
  },
  DECISION_ALREADY_ISSUED: {
    kk: 'Бұл мәселе бойынша шешім шығарылған.',
    ru: 'Решение по этому вопросу уже вынесено.',
    en: 'A decision on this item has already been issued.',
  },
  DECISION_NOT_IN_FORCE: {
    kk: 'Шешім күшінде емес.',
    ru: 'Решение не действует.',
    en: 'The decision is not in force.',
  },
  RECONSIDERATION_NOT_ALLOWED: {
    kk: 'Қайта қарау мүмкін емес: ол бір рет және {days} күн ішінде ғана сұралады.',
    ru: 'Пересмотр невозможен: его можно запросить один раз и в течение {days} дней.',
    en: 'Reconsideration is not possible: it may be asked once, within {days} days.',
  },
  SUBSCRIPTION_NOT_FOUND: {
    kk: 'Вебхукқа жазылым табылмады.',
    ru: 'Подписка на вебхуки не найдена.',
    en: 'The webhook subscription was not found.',
  },
  DELIVERY_NOT_FOUND: {
    kk: 'Жеткізу табылмады.',
    ru: 'Доставка не найдена.',
    en: 'The delivery was not found.',
  },
  SUBSCRIPTION_DISABLED: {
    kk: 'Жазылым өшірілген: ол арқылы ештеңе жіберілмейді.',
    ru: 'Подписка отключена: по ней ничего не отправляется.',
    en: 'The subscription is disabled: nothing is sent through it.',
  },
  RATE_LIMITED: {
    kk: 'Сұраулар тым көп; {retryAfter} секундтан кейін қайталаңыз.',
    ru: 'Слишком много запросов; повторите через {retryAfter} с.',
    en: 'Too many requests; try again in {retryAfter} s.',
  },
  SERVICE_UNAVAILABLE: {
    kk: 'Қызмет уақытша қолжетімсіз; кейінірек қайталаңыз.',
    ru: 'Сервис временно недоступен; повторите позже.',
    en: 'The service is temporarily unavailable; try again later.',
  },
  INTERNAL_ERROR: {
    kk: 'Ішкі қате. Қолдау қызметіне қате нөмірін хабарлаңыз: {errorId}.',
    ru: 'Внутренняя ошибка. Сообщите в поддержку номер ошибки: {errorId}.',
    en: 'Internal error. Give support this error id: {errorId}.',
  },
};

function interpolate(template: string, params: MessageParams | undefined): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params?.[name];
    return value === undefined ? match : String(value);
  });
}

export function errorMessage(code: ErrorCode, language: Language, params?: MessageParams): string {
  return interpolate(ERROR_MESSAGES[code][language], params);
}

export function fieldErrorMessage(code: FieldErrorCode, language: Language, params?: MessageParams): string {
  return interpolate(FIELD_MESSAGES[code][language], params);
}

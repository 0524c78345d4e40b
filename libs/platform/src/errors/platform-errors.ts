import { ErrorDefinition } from './error-set';

/**
 * The platform's own error codes: what any service can answer whatever its context (validation,
 * authentication, routing, rate limits, the lifecycle's refusals), with their HTTP status.
 */
export const PLATFORM_ERROR_DEFINITIONS = {
  VALIDATION_FAILED: {
    status: 400,
    kk: 'Сұрау деректері қате толтырылған.',
    ru: 'Данные запроса заполнены неверно.',
    en: 'The request data is invalid.',
  },
  MALFORMED_BODY: {
    status: 400,
    kk: 'Сұрау денесін оқу мүмкін емес: JSON қате.',
    ru: 'Не удалось прочитать тело запроса: некорректный JSON.',
    en: 'The request body could not be read: malformed JSON.',
  },
  MALFORMED_UPLOAD: {
    status: 400,
    kk: 'Жүктелген файлды оқу мүмкін емес: multipart/form-data денесі қате.',
    ru: 'Не удалось прочитать загрузку: некорректное тело multipart/form-data.',
    en: 'The upload could not be read: malformed multipart/form-data body.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    kk: 'Сұрау денесінің бұл түрі қабылданбайды.',
    ru: 'Этот тип тела запроса не поддерживается.',
    en: 'This request body type is not supported.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    kk: 'Сұрау тым үлкен.',
    ru: 'Запрос слишком большой.',
    en: 'The request is too large.',
  },
  UNAUTHENTICATED: {
    status: 401,
    kk: 'Кіру қажет: Bearer токені берілмеген.',
    ru: 'Требуется вход: не передан Bearer-токен.',
    en: 'Authentication required: no bearer token was given.',
  },
  TOKEN_EXPIRED: {
    status: 401,
    kk: 'Токеннің мерзімі өтіп кеткен.',
    ru: 'Срок действия токена истёк.',
    en: 'The token has expired.',
  },
  TOKEN_INVALID: {
    status: 401,
    kk: 'Токен жарамсыз.',
    ru: 'Токен недействителен.',
    en: 'The token is not valid.',
  },
  FORBIDDEN: {
    status: 403,
    kk: 'Бұл әрекетке сіздің рөліңізде құқық жоқ.',
    ru: 'Ваша роль не позволяет выполнить это действие.',
    en: 'Your role does not allow this action.',
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    kk: 'Мұндай мекенжай жоқ.',
    ru: 'Такого адреса нет.',
    en: 'There is no such route.',
  },
  REQUEST_NOT_FOUND: {
    status: 404,
    kk: 'Өтінім табылмады.',
    ru: 'Заявка не найдена.',
    en: 'The request was not found.',
  },
  ATTACHMENT_NOT_FOUND: {
    status: 404,
    kk: 'Қоса берілген құжат табылмады.',
    ru: 'Вложение не найдено.',
    en: 'The attachment was not found.',
  },
  VERSION_NOT_FOUND: {
    status: 404,
    kk: 'Өтінімнің мұндай нұсқасы жоқ.',
    ru: 'Такой версии заявки нет.',
    en: 'The request has no such version.',
  },
  LEDGER_ENTRY_NOT_FOUND: {
    status: 404,
    kk: 'Журналда мұндай жазба жоқ.',
    ru: 'В журнале нет такой записи.',
    en: 'The ledger has no such entry.',
  },
  TILE_NOT_FOUND: {
    status: 404,
    kk: 'Мұндай тайл жоқ: ол тексеру нүктесі бар өлшемдер үшін ғана сақталады.',
    ru: 'Такого тайла нет: тайлы хранятся только для размеров, у которых есть контрольная точка.',
    en: 'No such tile: tiles are kept only for sizes that have a checkpoint.',
  },
  CHECKPOINT_NOT_FOUND: {
    status: 404,
    kk: 'Бұл өлшемдегі қол қойылған тексеру нүктесі жоқ.',
    ru: 'Подписанной контрольной точки такого размера нет.',
    en: 'There is no signed checkpoint of that size.',
  },
  INVALID_TRANSITION: {
    status: 409,
    kk: '«{status}» күйіндегі өтінімге «{action}» әрекеті рұқсат етілмейді.',
    ru: 'Действие «{action}» недопустимо для заявки в статусе «{status}».',
    en: 'The action "{action}" is not allowed for a request in status "{status}".',
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    kk: 'If-Match тақырыбында өтінімнің нұсқасын көрсетіңіз.',
    ru: 'Укажите версию заявки в заголовке If-Match.',
    en: 'Give the request version in the If-Match header.',
  },
  VERSION_MISMATCH: {
    status: 412,
    kk: 'Өтінімді басқа біреу өзгертті; соңғы нұсқасын алып, қайталаңыз.',
    ru: 'Заявку уже изменил кто-то другой; загрузите актуальную версию и повторите.',
    en: 'Someone else changed the request; fetch the current version and try again.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    kk: 'Бұл Idempotency-Key басқа сұрауға қолданылған.',
    ru: 'Этот Idempotency-Key уже использован для другого запроса.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  INCOMPLETE_REQUEST: {
    status: 422,
    kk: 'Өтінім толық емес: жіберу алдында көрсетілген өрістерді толтырыңыз.',
    ru: 'Заявка неполная: заполните указанные поля перед подачей.',
    en: 'The request is incomplete: fill in the listed fields before submitting.',
  },
  FILE_TOO_LARGE: {
    status: 413,
    kk: 'Файл тым үлкен: ең көбі {maxMegabytes} МБ.',
    ru: 'Файл слишком большой: не более {maxMegabytes} МБ.',
    en: 'The file is too large: {maxMegabytes} MB at most.',
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    kk: 'Файл түрі қабылданбайды: тек PDF, DOCX, XLSX, ODT, PNG, JPEG.',
    ru: 'Тип файла не поддерживается: только PDF, DOCX, XLSX, ODT, PNG, JPEG.',
    en: 'The file type is not accepted: only PDF, DOCX, XLSX, ODT, PNG, JPEG.',
  },
  DECISION_NOT_FOUND: {
    status: 404,
    kk: 'Шешім табылмады.',
    ru: 'Решение не найдено.',
    en: 'The decision was not found.',
  },
  SUBSCRIPTION_NOT_FOUND: {
    status: 404,
    kk: 'Вебхукқа жазылым табылмады.',
    ru: 'Подписка на вебхуки не найдена.',
    en: 'The webhook subscription was not found.',
  },
  DELIVERY_NOT_FOUND: {
    status: 404,
    kk: 'Жеткізу табылмады.',
    ru: 'Доставка не найдена.',
    en: 'The delivery was not found.',
  },
  SUBSCRIPTION_DISABLED: {
    status: 409,
    kk: 'Жазылым өшірілген: ол арқылы ештеңе жіберілмейді.',
    ru: 'Подписка отключена: по ней ничего не отправляется.',
    en: 'The subscription is disabled: nothing is sent through it.',
  },
  RATE_LIMITED: {
    status: 429,
    kk: 'Сұраулар тым көп; {retryAfter} секундтан кейін қайталаңыз.',
    ru: 'Слишком много запросов; повторите через {retryAfter} с.',
    en: 'Too many requests; try again in {retryAfter} s.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    kk: 'Қызмет уақытша қолжетімсіз; кейінірек қайталаңыз.',
    ru: 'Сервис временно недоступен; повторите позже.',
    en: 'The service is temporarily unavailable; try again later.',
  },
  INTERNAL_ERROR: {
    status: 500,
    kk: 'Ішкі қате. Қолдау қызметіне қате нөмірін хабарлаңыз: {errorId}.',
    ru: 'Внутренняя ошибка. Сообщите в поддержку номер ошибки: {errorId}.',
    en: 'Internal error. Give support this error id: {errorId}.',
  },
} satisfies Record<string, ErrorDefinition>;

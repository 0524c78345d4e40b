import { labelOf, REQUEST_ACTION_LABELS, REQUEST_STATUS_LABELS } from '@qaztech/contracts';
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
    kk: 'Сұрау денесін оқу мүмкін болмады: JSON қате.',
    ru: 'Не удалось прочитать тело запроса: некорректный JSON.',
    en: 'The request body could not be read: malformed JSON.',
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
    kk: 'Жүйеге кіру қажет: Bearer токені берілмеген.',
    ru: 'Требуется аутентификация: не передан Bearer-токен.',
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
  TOKEN_LIFETIME_TOO_LONG: {
    status: 401,
    kk: 'Токен қабылданбайды: оның әрекет ету мерзімі (exp) көрсетілуі және берілген сәттен бастап {maxSeconds} с аспауы тиіс.',
    ru: 'Токен не принят: срок его действия (exp) должен быть указан и не превышать {maxSeconds} с с момента выдачи.',
    en: 'The token is refused: it must carry an expiry (exp) at most {maxSeconds} s after it was issued.',
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
  INVALID_TRANSITION: {
    status: 409,
    // Statuses and actions by their names, never their codes: «decided» means nothing to a reader.
    kk: ({ status, action }) =>
      `«${labelOf(REQUEST_STATUS_LABELS, status, 'kk')}» мәртебесіндегі өтінім бойынша «${labelOf(REQUEST_ACTION_LABELS, action, 'kk')}» әрекетін орындауға болмайды.`,
    ru: ({ status, action }) =>
      `Действие «${labelOf(REQUEST_ACTION_LABELS, action, 'ru')}» недоступно для заявки в статусе «${labelOf(REQUEST_STATUS_LABELS, status, 'ru')}».`,
    en: 'The action "{action}" is not allowed for a request in status "{status}".',
  },
  DECISION_NOT_FOUND: {
    status: 404,
    kk: 'Шешім табылмады.',
    ru: 'Решение не найдено.',
    en: 'The decision was not found.',
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
    kk: 'Ішкі қате. Қолдау қызметіне мына нөмірді хабарлаңыз: {errorId}.',
    ru: 'Внутренняя ошибка. Сообщите в службу поддержки этот номер: {errorId}.',
    en: 'Internal error. Give support this error id: {errorId}.',
  },
} satisfies Record<string, ErrorDefinition>;

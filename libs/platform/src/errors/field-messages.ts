import { LocalizedMessage } from './error-set';
import { counted } from './plural';

// After "не менее" / "не более" Russian takes the genitive: singular for one, plural for the rest.
const CHARACTERS_RU = { one: 'символа', few: 'символов', many: 'символов', other: 'символа' };
const CHARACTERS_EN = { one: 'character', other: 'characters' };
const ITEMS_RU = { one: 'элемента', few: 'элементов', many: 'элементов', other: 'элемента' };
const ITEMS_EN = { one: 'item', other: 'items' };

/** What each of the platform's field error codes says, in the three languages. */
export const PLATFORM_FIELD_DEFINITIONS = {
  REQUIRED: { kk: 'Міндетті өріс.', ru: 'Обязательное поле.', en: 'This field is required.' },
  UNKNOWN_FIELD: { kk: 'Белгісіз өріс.', ru: 'Неизвестное поле.', en: 'Unknown field.' },
  MUST_BE_STRING: { kk: 'Мәтін болуы тиіс.', ru: 'Должно быть строкой.', en: 'Must be a string.' },
  MUST_BE_NUMBER: { kk: 'Сан болуы тиіс.', ru: 'Должно быть числом.', en: 'Must be a number.' },
  MUST_BE_INTEGER: { kk: 'Бүтін сан болуы тиіс.', ru: 'Должно быть целым числом.', en: 'Must be a whole number.' },
  MUST_BE_BOOLEAN: { kk: 'true немесе false болуы тиіс.', ru: 'Должно быть true или false.', en: 'Must be true or false.' },
  MUST_BE_OBJECT: { kk: 'JSON объектісі болуы тиіс.', ru: 'Должно быть объектом JSON.', en: 'Must be a JSON object.' },
  MUST_BE_ARRAY: { kk: 'Тізім болуы тиіс.', ru: 'Должно быть списком.', en: 'Must be a list.' },
  // Kazakh keeps the noun singular after a numeral, so its messages need no plural forms.
  TOO_SHORT: {
    kk: 'Кемінде {min} таңба.',
    ru: ({ min }) => `Не менее ${counted('ru', min, CHARACTERS_RU)}.`,
    en: ({ min }) => `At least ${counted('en', min, CHARACTERS_EN)}.`,
  },
  TOO_LONG: {
    kk: 'Ең көбі {max} таңба.',
    ru: ({ max }) => `Не более ${counted('ru', max, CHARACTERS_RU)}.`,
    en: ({ max }) => `At most ${counted('en', max, CHARACTERS_EN)}.`,
  },
  // Nearly always "at least one": said as a request, as a form would say it.
  TOO_FEW: {
    kk: ({ min }) => (Number(min) === 1 ? 'Кемінде бір мән көрсетіңіз.' : `Кемінде ${min} элемент.`),
    ru: ({ min }) => (Number(min) === 1 ? 'Укажите хотя бы одно значение.' : `Не менее ${counted('ru', min, ITEMS_RU)}.`),
    en: ({ min }) => `At least ${counted('en', min, ITEMS_EN)}.`,
  },
  TOO_MANY: {
    kk: 'Ең көбі {max} элемент.',
    ru: ({ max }) => `Не более ${counted('ru', max, ITEMS_RU)}.`,
    en: ({ max }) => `At most ${counted('en', max, ITEMS_EN)}.`,
  },
  OUT_OF_RANGE: {
    kk: 'Мән рұқсат етілген ауқымнан тыс.',
    ru: 'Значение вне допустимого диапазона.',
    en: 'The value is out of range.',
  },
  NOT_ALLOWED_VALUE: {
    kk: 'Рұқсат етілген мәндер: {allowed}.',
    ru: 'Допустимые значения: {allowed}.',
    en: 'Allowed values: {allowed}.',
  },
  INVALID_FORMAT: { kk: 'Пішімі қате.', ru: 'Неверный формат.', en: 'Invalid format.' },
  INVALID_DATE: {
    kk: 'Күн ЖЖЖЖ-АА-КК пішімінде болуы тиіс.',
    ru: 'Дата должна быть в формате ГГГГ-ММ-ДД.',
    en: 'The date must be in YYYY-MM-DD format.',
  },
  INVALID_BIN: {
    kk: 'БСН қате: 12 цифр және дұрыс бақылау цифры қажет.',
    ru: 'Неверный БИН: нужно 12 цифр с правильной контрольной цифрой.',
    en: 'Invalid BIN: 12 digits with a correct check digit are required.',
  },
  INVALID_EMAIL: { kk: 'Электрондық пошта мекенжайы қате.', ru: 'Неверный адрес электронной почты.', en: 'Invalid email address.' },
  INVALID_AMOUNT: {
    kk: 'Соманы теңгемен көрсетіңіз, нүктеден кейін ең көбі екі цифр: 1500000.00.',
    ru: 'Сумма в тенге, не более двух знаков после точки: 1500000.00.',
    en: 'An amount in tenge with at most two decimals: 1500000.00.',
  },
  INVALID_ID: { kk: 'Идентификатор қате.', ru: 'Неверный идентификатор.', en: 'Invalid identifier.' },
  INVALID_CURSOR: {
    kk: 'Бет сілтемесі ескірген немесе қате; іздеуді қайта бастаңыз.',
    ru: 'Ссылка на страницу устарела или повреждена; начните поиск заново.',
    en: 'Invalid page cursor.',
  },
  DATE_ORDER: {
    // Equal dates are allowed: the rule is "not before", and the message says exactly that.
    kk: 'Бұл күн {after} күнінен ерте болмауы тиіс.',
    ru: 'Эта дата должна быть не раньше {after}.',
    en: 'This date must not come before {after}.',
  },
  INVALID_VALUE: { kk: 'Мән қате.', ru: 'Неверное значение.', en: 'Invalid value.' },
  CONTROL_CHARACTER: {
    kk: 'Мәтінде нөлдік таңба (U+0000) бар.',
    ru: 'Текст содержит нулевой символ (U+0000).',
    en: 'The text contains a NUL character (U+0000).',
  },
  NESTED_TOO_DEEP: {
    kk: 'Мән тым терең салынған: рұқсат етілген тереңдік — {max}.',
    ru: 'Значение вложено слишком глубоко: допустимая глубина вложенности — {max}.',
    en: 'The value is nested too deeply: the allowed depth is {max}.',
  },
  DUPLICATE_VALUE: { kk: 'Мән қайталанады.', ru: 'Значение повторяется.', en: 'The value is repeated.' },
} satisfies Record<string, LocalizedMessage>;

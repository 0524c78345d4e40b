import { CodeLabel, labelOf } from '@qaztech/contracts';
import { defineErrors, provideErrors } from '@qaztech/platform';

/** Documents by the names an agency knows them by; a kind configured later shows its code. */
const ATTACHMENT_KIND_LABELS: Readonly<Record<string, CodeLabel>> = {
  feasibility_study: { kk: 'Техникалық-экономикалық негіздеме', ru: 'Технико-экономическое обоснование', en: 'feasibility_study' },
  technical_specification: { kk: 'Техникалық ерекшелік', ru: 'Техническая спецификация', en: 'technical_specification' },
  other: { kk: 'Басқа құжат', ru: 'Иной документ', en: 'other' },
};

/** Values that must stand alone in a list, by their names. */
const ALONE_VALUE_LABELS: Readonly<Record<string, CodeLabel>> = {
  none: { kk: 'Дербес немесе шектеулі деректер жоқ', ru: 'Нет персональных или ограниченных данных', en: 'none' },
};

/** The error codes intake owns, registered with the platform when its module is built. */
export const INTAKE_ERRORS = defineErrors('intake', {
  errors: {
    MALFORMED_UPLOAD: {
      status: 400,
      kk: 'Жүктелген файлды оқу мүмкін болмады: multipart/form-data денесі қате.',
      ru: 'Не удалось прочитать загружаемый файл: некорректное тело multipart/form-data.',
      en: 'The upload could not be read: malformed multipart/form-data body.',
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
    PRECONDITION_REQUIRED: {
      status: 428,
      kk: 'If-Match тақырыбында өтінімнің нұсқасын көрсетіңіз.',
      ru: 'Укажите версию заявки в заголовке If-Match.',
      en: 'Give the request version in the If-Match header.',
    },
    VERSION_MISMATCH: {
      status: 412,
      kk: 'Өтінімді басқа пайдаланушы өзгертті; өзекті нұсқасын алып, әрекетті қайталаңыз.',
      ru: 'Заявка изменена другим пользователем; получите актуальную версию и повторите действие.',
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
      kk: 'Өтінім толық емес: өтінімді бермес бұрын көрсетілген өрістерді толтырыңыз.',
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
  },
  fields: {
    FILE_TOO_LARGE: {
      kk: 'Файл {maxMegabytes} МБ-тан үлкен.',
      ru: 'Файл больше {maxMegabytes} МБ.',
      en: 'The file is larger than {maxMegabytes} MB.',
    },
    MUST_BE_ALONE: {
      kk: ({ value }) => `«${labelOf(ALONE_VALUE_LABELS, value, 'kk')}» мәні басқа мәндермен бірге көрсетілмейді.`,
      ru: ({ value }) => `Значение «${labelOf(ALONE_VALUE_LABELS, value, 'ru')}» нельзя указывать вместе с другими.`,
      en: 'The value "{value}" cannot be combined with others.',
    },
    HOSTING_OUTSIDE_KAZAKHSTAN: {
      kk: 'Дербес деректер Қазақстан Республикасының аумағында сақталуы тиіс.',
      ru: 'Персональные данные должны храниться на территории Республики Казахстан.',
      en: 'Personal data must be hosted in Kazakhstan.',
    },
    APPLICANT_MISMATCH: {
      kk: 'Өтініш беруші сіздің ұйымыңыз болуы тиіс.',
      ru: 'Заявителем может быть только ваша организация.',
      en: 'The applicant must be your own organisation.',
    },
    LOAD_WITHIN_LIMIT: {
      kk: 'Жүктеме жарияланған шектен ({limit}) аспайды: платформа оны көтереді.',
      ru: 'Нагрузка не превышает опубликованный предел ({limit}): платформа с ней справляется.',
      en: 'The load does not exceed the published limit ({limit}): the platform carries it.',
    },
    MISSING_ATTACHMENT: {
      kk: ({ kind }) => `«${labelOf(ATTACHMENT_KIND_LABELS, kind, 'kk')}» құжаты қоса берілуі тиіс.`,
      ru: ({ kind }) => `Необходимо приложить документ «${labelOf(ATTACHMENT_KIND_LABELS, kind, 'ru')}».`,
      en: 'A "{kind}" document must be attached.',
    },
  },
});

export const IntakeError = INTAKE_ERRORS.codes;
export const IntakeFieldError = INTAKE_ERRORS.fieldCodes;

export const INTAKE_ERROR_CODES = provideErrors(INTAKE_ERRORS);

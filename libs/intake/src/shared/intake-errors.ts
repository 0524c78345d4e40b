import { defineErrors, provideErrors } from '@qaztech/platform';

/** The error codes intake owns, registered with the platform when its module is built. */
export const INTAKE_ERRORS = defineErrors('intake', {
  errors: {
    MALFORMED_UPLOAD: {
      status: 400,
      kk: 'Жүктелген файлды оқу мүмкін емес: multipart/form-data денесі қате.',
      ru: 'Не удалось прочитать загрузку: некорректное тело multipart/form-data.',
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
  },
  fields: {
    FILE_TOO_LARGE: {
      kk: 'Файл {maxMegabytes} МБ-тан үлкен.',
      ru: 'Файл больше {maxMegabytes} МБ.',
      en: 'The file is larger than {maxMegabytes} MB.',
    },
    MUST_BE_ALONE: {
      kk: '«{value}» мәні басқа мәндермен бірге көрсетілмейді.',
      ru: 'Значение «{value}» нельзя указывать вместе с другими.',
      en: 'The value "{value}" cannot be combined with others.',
    },
    HOSTING_OUTSIDE_KAZAKHSTAN: {
      kk: 'Дербес деректер Қазақстан аумағында сақталуы тиіс.',
      ru: 'Персональные данные должны храниться на территории Казахстана.',
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
      kk: '«{kind}» құжаты қоса берілуі тиіс.',
      ru: 'Необходимо приложить документ «{kind}».',
      en: 'A "{kind}" document must be attached.',
    },
  },
});

export const IntakeError = INTAKE_ERRORS.codes;
export const IntakeFieldError = INTAKE_ERRORS.fieldCodes;

export const INTAKE_ERROR_CODES = provideErrors(INTAKE_ERRORS);

import { defineErrors, provideErrors } from '@qaztech/platform';

/** The error codes the catalogue owns, registered with the platform when its module is built. */
export const CATALOGUE_ERRORS = defineErrors('catalogue', {
  errors: {
    CAPABILITY_NOT_FOUND: {
      status: 404,
      kk: 'Каталогта мұндай мүмкіндік жоқ.',
      ru: 'В каталоге нет такой возможности.',
      en: 'The catalogue has no such capability.',
    },
    CAPABILITY_EXISTS: {
      status: 409,
      kk: 'Бұл идентификатормен мүмкіндік каталогта бар.',
      ru: 'Возможность с таким идентификатором уже есть в каталоге.',
      en: 'A capability with this id is already in the catalogue.',
    },
    CAPABILITY_RETIRED: {
      status: 409,
      kk: 'Мүмкіндік каталогтан алынып тасталған, оны өзгертуге болмайды.',
      ru: 'Возможность выведена из каталога, её нельзя изменить.',
      en: 'The capability was retired from the catalogue and cannot be changed.',
    },
    CAPABILITY_VERSION_MISMATCH: {
      status: 412,
      kk: 'Мүмкіндікті басқа пайдаланушы өзгертті; өзекті нұсқасын алып, әрекетті қайталаңыз.',
      ru: 'Возможность изменена другим пользователем; получите актуальную версию и повторите действие.',
      en: 'Someone else changed the capability; fetch the current version and try again.',
    },
    CAPABILITY_UNCHANGED: {
      status: 409,
      kk: 'Ештеңе өзгермеді: жаңа нұсқа жазылмады.',
      ru: 'Ничего не изменилось: новая версия не записана.',
      en: 'Nothing changed: no new version was recorded.',
    },
    OVERLAP_REPORT_NOT_FOUND: {
      status: 404,
      kk: 'Бұл өтінім бойынша қайталану есебі жоқ.',
      ru: 'По этой заявке нет отчёта о пересечениях.',
      en: 'There is no overlap report for this request.',
    },
    INVENTORY_SYSTEM_NOT_FOUND: {
      status: 404,
      kk: 'Қолданыстағы жүйелер тізімінде мұндай объект жоқ.',
      ru: 'В перечне существующих систем нет такого объекта.',
      en: 'The inventory of existing systems has no such object.',
    },
  },
  fields: {
    NAME_REQUIRED: {
      kk: 'Жүйенің атауын қазақша немесе орысша көрсетіңіз.',
      ru: 'Укажите название системы на казахском или русском языке.',
      en: 'Give the system’s name in Kazakh or in Russian.',
    },
    UNREADABLE_FILE: {
      kk: 'Файлды көрсетілген пішімде оқу мүмкін болмады.',
      ru: 'Файл не удалось прочитать в указанном формате.',
      en: 'The file could not be read in the format given.',
    },
    PLANNED_DATE_REQUIRED: {
      kk: 'Жоспарланған мүмкіндіктің күтілетін күнін көрсетіңіз.',
      ru: 'Укажите ожидаемую дату для планируемой возможности.',
      en: 'Give the expected date of a planned capability.',
    },
    ONLY_WHEN_PLANNED: {
      kk: 'Күтілетін күн тек жоспарланған мүмкіндікке көрсетіледі.',
      ru: 'Ожидаемая дата указывается только для планируемой возможности.',
      en: 'An expected date is given only for a planned capability.',
    },
    ONLY_WHEN_AVAILABLE: {
      kk: 'Қолжетімділік күні тек қолжетімді мүмкіндікке көрсетіледі.',
      ru: 'Дата доступности указывается только для доступной возможности.',
      en: 'An available-since date is given only for an available capability.',
    },
  },
});

export const CatalogueError = CATALOGUE_ERRORS.codes;
export const CatalogueFieldError = CATALOGUE_ERRORS.fieldCodes;

export const CATALOGUE_ERROR_CODES = provideErrors(CATALOGUE_ERRORS);

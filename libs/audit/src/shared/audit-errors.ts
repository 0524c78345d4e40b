import { defineErrors, provideErrors } from '@qaztech/platform';

/** The error codes audit owns, registered with the platform when its module is built. */
export const AUDIT_ERRORS = defineErrors('audit', {
  errors: {
    LEDGER_ENTRY_NOT_FOUND: {
      status: 404,
      kk: 'Журналда мұндай жазба жоқ.',
      ru: 'В журнале нет такой записи.',
      en: 'The ledger has no such entry.',
    },
    TILE_NOT_FOUND: {
      status: 404,
      kk: 'Журналдың мұндай фрагменті (tile) жоқ: фрагменттер бақылау нүктесі бар өлшемдер үшін ғана сақталады.',
      ru: 'Такого фрагмента журнала (тайла) нет: фрагменты хранятся только для размеров, у которых есть контрольная точка.',
      en: 'No such tile: tiles are kept only for sizes that have a checkpoint.',
    },
    CHECKPOINT_NOT_FOUND: {
      status: 404,
      kk: 'Бұл өлшемдегі қол қойылған бақылау нүктесі жоқ.',
      ru: 'Подписанной контрольной точки такого размера нет.',
      en: 'There is no signed checkpoint of that size.',
    },
  },
});

export const AuditError = AUDIT_ERRORS.codes;

export const AUDIT_ERROR_CODES = provideErrors(AUDIT_ERRORS);

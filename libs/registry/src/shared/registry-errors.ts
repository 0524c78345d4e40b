import { defineErrors, provideErrors } from '@qaztech/platform';

/** The error codes registry owns, registered with the platform when its module is built. */
export const REGISTRY_ERRORS = defineErrors('registry', {
  errors: {
    SUBSCRIPTION_NOT_FOUND: {
      status: 404,
      kk: 'Вебхукқа жазылым табылмады.',
      ru: 'Подписка на вебхуки не найдена.',
      en: 'The webhook subscription was not found.',
    },
    DELIVERY_NOT_FOUND: {
      status: 404,
      kk: 'Вебхук жеткізілімі табылмады.',
      ru: 'Доставка вебхука не найдена.',
      en: 'The delivery was not found.',
    },
    SUBSCRIPTION_DISABLED: {
      status: 409,
      kk: 'Жазылым өшірілген: ол арқылы ештеңе жіберілмейді.',
      ru: 'Подписка отключена: по ней ничего не отправляется.',
      en: 'The subscription is disabled: nothing is sent through it.',
    },
  },
  fields: {
    INVALID_URL: {
      kk: 'http:// немесе https:// мекенжайы қажет; мекенжайда логин мен құпиясөз болмауы тиіс.',
      ru: 'Нужен адрес http:// или https://, без логина и пароля.',
      en: 'An http:// or https:// address is required, without a user name or password.',
    },
    PRIVATE_ADDRESS: {
      kk: 'Мекенжай жергілікті немесе ішкі желіге бағытталған; мұндай мекенжайға рұқсат етілмейді.',
      ru: 'Адрес ведёт в локальную или внутреннюю сеть: это запрещено.',
      en: 'The address leads to a loopback or private network: this is not allowed.',
    },
    UNRESOLVABLE_HOST: {
      kk: 'Хост атауы табылмады.',
      ru: 'Имя хоста не найдено.',
      en: 'The host name could not be resolved.',
    },
  },
});

export const RegistryError = REGISTRY_ERRORS.codes;
export const RegistryFieldError = REGISTRY_ERRORS.fieldCodes;

export const REGISTRY_ERROR_CODES = provideErrors(REGISTRY_ERRORS);

import { Language, LANGUAGES, negotiateLanguage } from '@qaztech/platform';
import { EN_LABELS, UiLabels } from './labels.en';
import { KK_LABELS } from './labels.kk';
import { RU_LABELS } from './labels.ru';

export { LabelKey, UiLabels } from './labels.en';

export const LABELS: Readonly<Record<Language, UiLabels>> = { kk: KK_LABELS, ru: RU_LABELS, en: EN_LABELS };

/** Each language named in itself, Kazakh first: it is the state language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export interface PageLanguage {
  language: Language;
  /** True when the reader picked it with `?lang=`: links then carry it, so the choice sticks. */
  explicit: boolean;
}

/** `?lang=kk|ru|en` wins over Accept-Language; anything else in `lang` is ignored. */
export function choosePageLanguage(lang: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (typeof lang === 'string' && (LANGUAGES as readonly string[]).includes(lang)) return { language: lang as Language, explicit: true };
  return { language: negotiateLanguage(acceptLanguage), explicit: false };
}

/** Letters only Kazakh uses among the Cyrillic ones: a text with any of them is Kazakh. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

export type TextLanguage = 'kk' | 'ru';

/** Lower-cased words, `ё` read as `е`, split at anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The language a text is written in, as far as its letters tell: Kazakh when it has a Kazakh letter. */
export function languageOf(text: string): TextLanguage {
  return KAZAKH_LETTERS.test(text) ? 'kk' : 'ru';
}

/**
 * Word stems too common in the names of state systems to say anything about what a system does
 * ("information system", "state", "Republic of Kazakhstan", "automated"). Compared by prefix with
 * the lexemes PostgreSQL's `russian` and Kazakh configurations produce.
 */
const GENERIC_STEMS: Record<TextLanguage, readonly string[]> = {
  ru: [
    'систем',
    'информацион',
    'государствен',
    'автоматизир',
    'республик',
    'казахст',
    'обеспеч',
    'предназнач',
    'позволя',
    'ведомствен',
    'единый',
    'един',
    'национальн',
    'сведен',
    'данн',
    'функц',
    'осуществл',
    'рамк',
    'создан',
    'разработк',
    'модул',
    'подсистем',
    'орган',
    'цел',
    'работ',
    'процесс',
    'пользовател',
    'решен',
    'комплекс',
    'платформ',
    'сервис',
  ],
  kk: [
    'жүйе',
    'ақпарат',
    'мемлекеттік',
    'автоматтандыр',
    'республика',
    'қазақстан',
    'қамтамасыз',
    'арналған',
    'мүмкіндік',
    'ведомстволық',
    'бірыңғай',
    'ұлттық',
    'мәлімет',
    'дерек',
    'функция',
    'жүзеге',
    'шеңбер',
    'құру',
    'әзірле',
    'модуль',
    'ішкі',
    'орган',
    'мақсат',
    'жұмыс',
    'процесс',
    'пайдаланушы',
    'шешім',
    'кешен',
    'платформа',
    'сервис',
    'қызметі',
  ],
};

export function isGenericWord(word: string, language: TextLanguage): boolean {
  return GENERIC_STEMS[language].some((stem) => word.startsWith(stem));
}

/** A system's texts split by language, for the two text-search configurations. */
export interface BilingualText {
  kk: string;
  ru: string;
}

/**
 * Puts each text where it belongs: a field declared Kazakh or Russian stays there; a text of
 * unknown language (a purpose, a note) goes where its letters say.
 */
export function bilingual(fields: {
  kk?: (string | null | undefined)[];
  ru?: (string | null | undefined)[];
  either?: (string | null | undefined)[];
}): BilingualText {
  const kk = (fields.kk ?? []).filter(isText);
  const ru = (fields.ru ?? []).filter(isText);
  for (const text of (fields.either ?? []).filter(isText)) (languageOf(text) === 'kk' ? kk : ru).push(text);
  return { kk: kk.join('. '), ru: ru.join('. ') };
}

function isText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

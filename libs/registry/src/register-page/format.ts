import { Language } from '@qaztech/platform';
import { almatyDate } from '../publishing/public-record';

/** A text picked for a language, and the language it is really in (for the `lang` attribute). */
export interface LocalizedText {
  text: string;
  language: Language;
}

/** Kazakh and Russian fall back to each other, English to Russian: the official pair comes first. */
const FALLBACK: Readonly<Record<Language, readonly Language[]>> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

export function localized(language: Language, texts: Partial<Record<Language, string | null>>): LocalizedText {
  for (const candidate of FALLBACK[language]) {
    const text = texts[candidate];
    if (typeof text === 'string' && text.trim().length > 0) return { text, language: candidate };
  }
  return { text: '', language };
}

const GROUPING: Readonly<Record<Language, { thousands: string; decimal: string }>> = {
  kk: { thousands: '\u00a0', decimal: ',' },
  ru: { thousands: '\u00a0', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/**
 * An amount such as `1250000000.00`, grouped for the reader. Done on the digits, never through
 * a float, so a budget shows exactly what was signed.
 */
export function formatAmount(amount: string, language: Language): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) return amount;
  const [, sign = '', whole = '', fraction] = match;
  const { thousands, decimal } = GROUPING[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
}

/** The decision's calendar date in Kazakhstan. */
export function decisionDate(decidedAt: string): string {
  return almatyDate(decidedAt);
}

const MOMENT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Almaty',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'shortOffset',
});

/** An instant as `2026-11-23 14:05 GMT+5`, in Kazakhstan's time, the same in every language. */
export function formatMoment(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(MOMENT.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

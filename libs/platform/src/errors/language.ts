export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Russian is the default: it is the language every official reader of this system shares. */
export const DEFAULT_LANGUAGE: Language = 'ru';

/**
 * Picks the best of our languages from an Accept-Language header (RFC 9110 §12.5.4),
 * honouring q-values and primary subtags (`ru-KZ` counts as `ru`).
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  let best: { language: Language; quality: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...parameters] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    const quality = parseQuality(parameters);
    const language = (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
    if (language && quality > 0 && (!best || quality > best.quality)) best = { language, quality };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

function parseQuality(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const [name, value] = parameter.trim().split('=');
    if (name?.trim() === 'q') {
      const quality = Number(value);
      return Number.isFinite(quality) ? quality : 0;
    }
  }
  return 1;
}

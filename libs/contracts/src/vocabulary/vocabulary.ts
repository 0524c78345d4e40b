import DATA_OBJECT_ENTRIES from './data-objects.json';
import STATE_FUNCTION_ENTRIES from './state-functions.json';

/** One term of a controlled vocabulary: a stable code and its labels in the three languages. */
export interface VocabularyEntry {
  code: string;
  kk: string;
  ru: string;
  en: string;
}

/**
 * The state functions a system performs, as codes a request names. Kept as data (JSON beside
 * this file) so the list can grow without a code change; codes never change once used.
 */
export const STATE_FUNCTIONS: readonly VocabularyEntry[] = STATE_FUNCTION_ENTRIES;

/** The kinds of records a system keeps (persons, legal entities, vehicles, land plots, …). */
export const DATA_OBJECTS: readonly VocabularyEntry[] = DATA_OBJECT_ENTRIES;

export const STATE_FUNCTION_CODES: readonly string[] = STATE_FUNCTIONS.map((entry) => entry.code);
export const DATA_OBJECT_CODES: readonly string[] = DATA_OBJECTS.map((entry) => entry.code);

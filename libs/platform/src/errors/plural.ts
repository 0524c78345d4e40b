import { Language } from './language';

/** The words for a count, one per plural category the language has; `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const rulesByLanguage = new Map<Language, Intl.PluralRules>();

function rulesFor(language: Language): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/**
 * The form that goes with `count` in `language`, by the CLDR plural rules (Russian: 1 and 21 take
 * `one`, 2–4 and 22–24 `few`, 5–20 and 11–14 `many`). A count that is not a number takes `other`.
 */
export function plural(language: Language, count: number | string | undefined, forms: PluralForms): string {
  const value = typeof count === 'number' ? count : Number(count);
  const category = Number.isFinite(value) ? rulesFor(language).select(value) : 'other';
  return forms[category] ?? forms.other;
}

/** The count followed by the form that goes with it: "21 элемента", "2 items". */
export function counted(language: Language, count: number | string | undefined, forms: PluralForms): string {
  return `${count ?? ''} ${plural(language, count, forms)}`;
}

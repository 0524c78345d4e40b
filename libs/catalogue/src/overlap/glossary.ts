import { GlossaryTermKind, GlossaryTermV1 } from '@qaztech/contracts';
import { languageOf, TextLanguage, tokenize } from './text';

/** A glossary concept found in a text: which words named it, in which language. */
export interface ConceptMatch {
  termId: string;
  kind: GlossaryTermKind;
  language: TextLanguage;
  words: string;
}

interface Stem {
  term: GlossaryTermV1;
  language: TextLanguage;
  words: string[];
}

/** A stem this short matches only words at most this much longer, so `сот` finds `соттың` but not `сотталған`. */
const SHORT_STEM = 4;
const SHORT_STEM_SLACK = 3;

function wordMatches(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  return stem.length > SHORT_STEM || word.length <= stem.length + SHORT_STEM_SLACK;
}

/**
 * The kk↔ru glossary as a matcher. Each concept has stems in both languages; a text names the
 * concept when consecutive words start with the words of one of its stems. Kazakh adds suffixes
 * (`тіркеу`, `тіркелген`, `тіркеуге`) and Russian inflects (`регистрация`, `регистрации`), so a
 * prefix is what both languages' forms share. The concept's id is the bridge between them.
 */
export class Glossary {
  private readonly byPrefix = new Map<string, Stem[]>();
  readonly kinds = new Map<string, GlossaryTermKind>();

  constructor(readonly terms: readonly GlossaryTermV1[]) {
    for (const term of terms) {
      this.kinds.set(term.id, term.kind);
      for (const language of ['kk', 'ru'] as const) {
        for (const stem of term[language]) {
          const words = tokenize(stem);
          if (words.length === 0) continue;
          const key = words[0]!.slice(0, 2);
          this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), { term, language, words }]);
        }
      }
    }
  }

  /** Every concept the text names, each once, with the words that named it first. */
  match(text: string): ConceptMatch[] {
    const words = tokenize(text);
    const found = new Map<string, ConceptMatch>();
    // A stem both languages share (`пациент`) is said in the text's own language.
    const language = languageOf(text);
    const ownFirst = (left: Stem, right: Stem): number => Number(right.language === language) - Number(left.language === language);
    for (let index = 0; index < words.length; index += 1) {
      for (const stem of [...(this.byPrefix.get(words[index]!.slice(0, 2)) ?? [])].sort(ownFirst)) {
        if (found.has(stem.term.id) || index + stem.words.length > words.length) continue;
        if (!stem.words.every((part, offset) => wordMatches(words[index + offset]!, part))) continue;
        found.set(stem.term.id, {
          termId: stem.term.id,
          kind: stem.term.kind,
          language: stem.language,
          words: words.slice(index, index + stem.words.length).join(' '),
        });
      }
    }
    return [...found.values()];
  }

  /** The concept ids a text names, for the search index. */
  concepts(text: string): string[] {
    return this.match(text).map((match) => match.termId);
  }
}

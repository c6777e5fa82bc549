// Whether a word of the text matches a query word: the check every result passes before it is
// shown, so that no unrelated answer is on screen (the index finds any word starting with a
// search; the query word's stem, form or name decides). The same check marks the matched words in
// excerpts.
import { englishStem } from './english.ts';
import { isFormOf } from './normalise.ts';
import type { Alternative, MatchKind, Term } from './query.ts';
import type { Form, Token } from './text.ts';

/**
 * Better matches rank first: exact, then an English stem match, then a Cyrillic reading of a
 * Latin word (so that an English word's own match comes first), then a near (typo) match.
 */
export const KIND_RANK: Record<MatchKind, number> = { exact: 0, stem: 1, latin: 2, near: 3 };

/** How a word form matches one alternative of a query word, or null. */
export function matchForm(alternative: Alternative, form: string): MatchKind | null {
  switch (alternative.kind) {
    case 'prefix':
      if (alternative.whole) return form === alternative.search ? alternative.match : null;
      return form.startsWith(alternative.search) ? alternative.match : null;
    case 'english':
      if (alternative.typed.some((word) => form.startsWith(word))) return 'exact';
      return form.startsWith(alternative.search) && englishStem(form) === alternative.stem
        ? 'stem'
        : null;
    case 'kazakh': {
      const { search, typed, match } = alternative;
      if (typed.some((word) => form.startsWith(word))) return match;
      return isFormOf(form, search) ? match : null;
    }
    case 'token':
      return null;
  }
}

/** The best way a word matches a term, and the form that matched (for marking it), or null. */
export function matchWord(term: Term, word: Token): { kind: MatchKind; form: Form } | null {
  let best: { kind: MatchKind; form: Form } | null = null;
  for (const alternative of term.alternatives) {
    for (const form of word.forms) {
      const kind = matchForm(alternative, form.form);
      if (kind && (!best || KIND_RANK[kind] < KIND_RANK[best.kind])) best = { kind, form };
    }
  }
  return best;
}

/** Whether the phrase's words stand at `words[at]`, `words[at + 1]`, …, each whole. */
export function phraseAt(phrase: string[], words: Token[], at: number): boolean {
  return phrase.every(
    (expected, i) => words[at + i]?.forms.some((form) => form.form === expected) ?? false,
  );
}

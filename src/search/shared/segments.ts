// The words of one indexed segment (an interview's header, a section's title, one language of a
// Q&A), built the same way by the build, which hands them to Pagefind, and by the browser, which
// reads a result's word positions back: the words of its texts, then tokens the index adds
// beside them, one per alias group named in them and one per topic. A Q&A holds a group's token
// once, in its Kazakh segment when that names the group: the token of a name nearly every answer
// holds is then about half as large (at 1,000 interviews, Kazakhstan's: 27.8 → 16.7 KB), and the
// browser looks for the names in whichever of the Q&A's texts it reads (verify.ts).
import { stemKazakh } from './normalise.ts';
import type { Alternative, Expander } from './query.ts';
import { foldWord, indexText, tokens, type Form, type Token } from './text.ts';

/** Tokens are made of letters and digits that no word of either language is made of. */
export const aliasToken = (group: number): string => `zqa${group}q`;
export const topicToken = (topic: number): string => `zqt${topic}q`;

/** How the names of the alias groups are recognised, in the text and in a query. */
export interface NameRule {
  group: number;
  /** The name folded, its letters joined ("us" for "U.S."). */
  folded: string;
  /** Written in capitals: matched in the text only in capitals ("US", not "us"). */
  capitals: boolean;
  /** Long enough to match its inflected forms too. */
  prefix: boolean;
}

const letters = (name: string): string => name.replace(/[^\p{L}\p{N}]/gu, '');
/** A longer name also matches its inflected forms ("Тоқаевтың"). */
const PREFIX_NAME = 5;

export function nameRules(groups: string[][]): NameRule[] {
  return groups.flatMap((names, group) =>
    names.map((name) => {
      const plain = letters(name);
      const capitals = plain === plain.toUpperCase() && plain !== plain.toLowerCase();
      const folded = foldWord(plain);
      return { group, folded, capitals, prefix: [...folded].length >= PREFIX_NAME };
    }),
  );
}

const namesWord = (rule: NameRule, folded: string): boolean =>
  folded === rule.folded || (rule.prefix && folded.startsWith(rule.folded));

/** The alias groups a form of a word of `text` names, by number. */
export function groupsNamedBy(text: string, form: Form, rules: NameRule[]): number[] {
  // The form as written, folded, or null when not in capitals: read once for all the names in
  // capitals, and only for a word that does not start with a lower-case letter, as most do.
  let inCapitals: string | null | undefined;
  const capitalsForm = (): string | null => {
    if (inCapitals === undefined) {
      const head = text[form.start] ?? '';
      const written = head === head.toUpperCase() ? letters(text.slice(form.start, form.end)) : '';
      inCapitals = written && written === written.toUpperCase() ? foldWord(written) : null;
    }
    return inCapitals;
  };
  return rules
    .filter((rule) => (rule.capitals ? capitalsForm() === rule.folded : namesWord(rule, form.form)))
    .map((rule) => rule.group);
}

/** A word of a segment's texts (`text` is which of them). */
export type SegmentWord = Token & { text: number };

/** The alias groups the words of a segment's texts name. */
function groupsNamed(texts: string[], words: SegmentWord[], rules: NameRule[]): Set<number> {
  return new Set(
    words.flatMap((word) =>
      word.forms.flatMap((form) => groupsNamedBy(texts[word.text] ?? '', form, rules)),
    ),
  );
}

/**
 * The tokens the index adds after a segment's words: its alias groups but those of `held` (the
 * groups the Q&A's Kazakh segment holds the token of), then its topics.
 */
function extras(groups: Set<number>, topics: number[], held: ReadonlySet<number>): string[] {
  const own = [...groups].filter((group) => !held.has(group)).sort((a, b) => a - b);
  return [...own.map(aliasToken), ...topics.map(topicToken)];
}

/**
 * The words of a segment's texts, in Pagefind's positions. The tokens the index adds after them
 * are not among them: the browser reads a group's token by its names (verify.ts), never at its
 * position, and no other search lands on one.
 */
export const segmentWords = (texts: string[]): SegmentWord[] =>
  texts.flatMap((text, i) => tokens(text).map((token) => ({ ...token, text: i })));

/**
 * What Pagefind indexes for a segment: its texts' words (as text, see text.ts), then its tokens;
 * the number of those words; and the alias groups its texts name, token or not.
 */
export function indexedSegment(
  texts: string[],
  rules: NameRule[],
  topics: number[] = [],
  held: ReadonlySet<number> = new Set(),
): { content: string; count: number; groups: Set<number> } {
  const words = segmentWords(texts);
  const groups = groupsNamed(texts, words, rules);
  const added = extras(groups, topics, held);
  return {
    content: [...texts.map(indexText), ...added].join(' '),
    count: words.length + added.length,
    groups,
  };
}

/** Letters a query word needs before the names it starts are loaded ahead (`namesStartedBy`). */
const NAME_START = 4;
/** Letters a name may still lack: "Қазақ" is a word of its own more often than "Қазақстан" begun. */
const NAME_LACKS = 2;

/**
 * The alias groups with a name that a query word nearly is ("трам" of "трамп"): the word typed
 * on is likely to become the name, whose search needs its group's token.
 */
export function namesStartedBy(word: string, rules: NameRule[]): number[] {
  const length = [...word].length;
  if (length < NAME_START) return [];
  const groups = rules
    .filter((rule) => {
      const lacks = [...rule.folded].length - length;
      return lacks > 0 && lacks <= NAME_LACKS && rule.folded.startsWith(word);
    })
    .map((rule) => rule.group);
  return [...new Set(groups)];
}

/**
 * The expander for alias names: a query word that is a name (or a Kazakh inflected form of
 * one) matches every name of its group, through the group's token.
 */
export function aliasExpander(rules: NameRule[]): Expander {
  return (term) => {
    const stem = stemKazakh(term.word);
    const groups = new Set(
      rules
        .filter((rule) => term.word === rule.folded || stem === rule.folded)
        .map((rule) => rule.group),
    );
    return [...groups].map((group): Alternative => ({ kind: 'token', search: aliasToken(group) }));
  };
}

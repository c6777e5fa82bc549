// Typo tolerance: one wrong, missing, extra or swapped letter in a word of five letters or more.

/** Typo tolerance applies to query words of at least this many letters. */
export const MIN_TYPO_LENGTH = 5;

/** True when a and b differ by at most one substitution, insertion, deletion or swap of neighbours. */
export function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The start of `word` within one edit of `typed` ("greenland" in "greenlands" for "greenlnad"),
 * or null: the prefix matching of the exact search, made tolerant. The start has five letters or
 * more too: a shorter one is another word more often than a typo ("wheat" is not "what", nor
 * "train" "tran…"). The longest start first: "pakistn" is "pakistan" with a letter missing, which
 * "Did you mean …?" names, more likely than "pakista" with one wrong.
 */
export function nearPrefix(typed: string, word: string): string | null {
  if ([...typed].length < MIN_TYPO_LENGTH) return null;
  for (const length of [typed.length + 1, typed.length, typed.length - 1]) {
    if (length > word.length || length < MIN_TYPO_LENGTH) continue;
    const prefix = word.slice(0, length);
    if (withinOne(typed, prefix)) return prefix;
  }
  return null;
}

/**
 * The correction of `typed` among the words of the library (folded, with the number of Q&As
 * holding each): the most frequent word that starts within one edit of it, or with `whole`, that
 * is within one edit of it as a whole. Returns the start to search and the word it came from, or
 * null.
 */
export function suggest(
  typed: string,
  vocabulary: Iterable<readonly [string, number]>,
  { whole = false }: { whole?: boolean } = {},
): { prefix: string; word: string } | null {
  let best: { prefix: string; word: string; count: number } | null = null;
  for (const [word, count] of vocabulary) {
    const prefix = whole ? (withinOne(typed, word) ? word : null) : nearPrefix(typed, word);
    if (prefix && prefix !== typed && (!best || count > best.count)) {
      best = { prefix, word, count };
    }
  }
  return best && { prefix: best.prefix, word: best.word };
}

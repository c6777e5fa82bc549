// Lookups in a sorted list (the index's chunks, their words, the vocabulary) by binary search.

/**
 * The first index below `count` at which `test` holds, for a test that fails and then holds
 * along the list (`count` if it never holds).
 */
export function firstWhere(count: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The index of the first word of `sorted` not before `word` (its length if there is none). */
export const lowerBound = (sorted: readonly string[], word: string): number =>
  firstWhere(sorted.length, (i) => (sorted[i] ?? '') >= word);

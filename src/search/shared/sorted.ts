// Lookups in a sorted list of words (the index's chunks, the vocabulary) by binary search.

/** The index of the first word of `sorted` not before `word` (its length if there is none). */
export function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The vocabulary of the library: every word form of its texts (folded, 3 letters or more), most
// frequent first, one small file per first letter, or per first two letters where one letter holds
// many words. The search reads it to correct a typo once an exact search finds nothing, and to
// tell which Latin words of a query are Kazakh (shared/latin.ts).
import type { Library } from '../../library/model.ts';
import { tokens } from '../shared/text.ts';
import { headerTexts, searchedTexts, SEARCH_FILES } from '../shared/types.ts';
import { interviewHeader, interviewQas } from './documents.ts';

const MIN_LETTERS = 3;
/** A first letter's file is split by the second letter above this many bytes. */
const SPLIT_BYTES = 4_000;
const WORD = /^\p{L}+$/u;

/** Each word form and the number of Q&As (or titles) it occurs in. */
export function wordCounts(library: Library): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (texts: string[]): void => {
    const forms = new Set(
      texts.flatMap((text) => tokens(text).flatMap((token) => token.forms.map((f) => f.form))),
    );
    for (const form of forms) {
      if ([...form].length >= MIN_LETTERS && WORD.test(form))
        counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  };
  for (const interview of library.interviews) {
    count(headerTexts(interviewHeader(interview)));
    for (const { kk, en } of interviewQas(interview)) {
      count([...searchedTexts(kk), ...(en ? searchedTexts(en) : [])]);
    }
  }
  return counts;
}

/** The vocabulary files, their words' first letters, and those split by the second letter. */
export function vocabularyFiles(library: Library): {
  files: { path: string; text: string }[];
  letters: string;
  split: string[];
} {
  const byFirst = new Map<string, [string, number][]>();
  for (const entry of wordCounts(library)) {
    const first = [...entry[0]][0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  const files: { path: string; text: string }[] = [];
  const split: string[] = [];
  const write = (start: string, entries: [string, number][]): string => {
    const text = entries
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([word]) => word)
      .join('\n');
    files.push({ path: SEARCH_FILES.vocabulary(start), text });
    return text;
  };
  for (const [first, entries] of [...byFirst].sort(([a], [b]) => a.localeCompare(b))) {
    const size = new TextEncoder().encode(entries.map(([word]) => word).join('\n')).length;
    if (size <= SPLIT_BYTES) {
      write(first, entries);
      continue;
    }
    split.push(first);
    const bySecond = new Map<string, [string, number][]>();
    for (const entry of entries) {
      const start = [...entry[0]].slice(0, 2).join('');
      bySecond.set(start, [...(bySecond.get(start) ?? []), entry]);
    }
    for (const [start, group] of bySecond) write(start, group);
  }
  return { files, letters: [...byFirst.keys()].sort().join(''), split };
}

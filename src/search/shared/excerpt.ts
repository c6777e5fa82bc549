import { foldKazakh } from './normalise.ts';

/** A run of text, marked where it matches the query. Rendered as text, never as HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A term as matched against words: English plurals trimmed so "accords" finds "Accord". */
function matchForm(term: string): string {
  return /^[a-z]{4,}s$/.test(term) ? term.slice(0, -1) : term;
}

/**
 * The [start, end) ranges of the words of `text` that a query term begins, compared after
 * the same folding as the index. `terms` come from `queryTerms`. One-letter terms mark only
 * whole one-letter words, so "s" from "Greenland's" marks nothing else.
 */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const forms = terms.map(matchForm).filter(Boolean);
  const folded = foldKazakh(text).toLocaleLowerCase('kk');
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const hit = forms.some((form) => (form.length > 1 ? word.startsWith(form) : word === form));
    if (hit) ranges.push([match.index, match.index + word.length]);
  }
  return ranges;
}

/** The whole text as segments, matching words marked. */
export function highlight(text: string, terms: string[]): Segment[] {
  return toSegments(text, matchRanges(text, terms), 0, text.length);
}

/**
 * A window of about `maxChars` around the first match, cut at word boundaries, with
 * matching words marked; null when nothing in the text matches.
 */
export function excerpt(text: string, terms: string[], maxChars = 200): Segment[] | null {
  const ranges = matchRanges(text, terms);
  const first = ranges[0];
  if (!first) return null;
  let start = Math.max(0, first[0] - Math.floor(maxChars / 3));
  let end = Math.min(text.length, start + maxChars);
  start = Math.max(0, end - maxChars);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > first[1] ? text.lastIndexOf(' ', end) : end;
  const segments = toSegments(text, ranges, start, end);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

function toSegments(text: string, ranges: [number, number][], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(Math.max(start, cursor), Math.min(end, to)), mark: true });
    cursor = Math.min(end, to);
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), mark: false });
  return segments;
}

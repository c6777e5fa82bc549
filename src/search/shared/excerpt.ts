import { foldKazakh, lowerCase } from './normalise.ts';

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
 * The [start, end) ranges of the words of `text` that a term begins, compared after the same
 * folding as the index: the words a search result opened with `?hl=` marks. `terms` come from
 * `queryTerms`. One-letter terms mark only whole one-letter words.
 */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const forms = terms.map(matchForm).filter(Boolean);
  const folded = lowerCase(foldKazakh(text));
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const hit = forms.some((form) => (form.length > 1 ? word.startsWith(form) : word === form));
    if (hit) ranges.push([match.index, match.index + word.length]);
  }
  return ranges;
}

/** The whole text as segments, the given [start, end) ranges marked. */
export function highlight(text: string, ranges: [number, number][]): Segment[] {
  return toSegments(text, sorted(ranges), 0, text.length);
}

/** Ranges in order, overlapping ones merged. */
function sorted(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * A window of about `maxChars` around the first marked range, cut at word boundaries, the
 * ranges marked; null when there is none.
 */
export function excerpt(text: string, marks: [number, number][], maxChars = 200): Segment[] | null {
  const ranges = sorted(marks);
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

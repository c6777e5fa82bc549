/**
 * Text fragment links (`#:~:text=…`) built to the WICG "URL Fragment Text Directives" rules:
 * terms percent-encoded, and a prefix or suffix added when the passage's text occurs more than
 * once on the page the link opens, so that the browser scrolls to and highlights this
 * occurrence. Pure: the page is given as its text, blocks (paragraphs, headings, list items)
 * joined by "\n", since a term never spans two blocks.
 *
 * To know which occurrence a directive finds, `locate` follows the spec's search. Where it
 * cannot know exactly what the browser sees (hidden text, word boundaries, diacritics), it
 * finds more occurrences than the browser, never fewer, so a directive it accepts is one the
 * browser resolves to the same passage.
 */

/** Offsets in the page's text. */
export interface Passage {
  start: number;
  end: number;
}

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Quotes longer than this are linked by their first and last words. */
const EXACT_MAX = 300;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const LETTER = /[\p{L}\p{N}]/u;

/** Case and accents folded (the browser matches without them), one code unit for one. */
const fold = (text: string): string =>
  [...text]
    .map((char) => {
      const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      return folded.length === char.length ? folded : char.toLowerCase();
    })
    .join('');

/** Whether a word boundary lies before `index` (looser than the browser's: safe). */
const boundary = (text: string, index: number): boolean =>
  index <= 0 ||
  index >= text.length ||
  !LETTER.test(text[index - 1] ?? '') ||
  !LETTER.test(text[index] ?? '');

const pattern = (term: string): RegExp =>
  new RegExp(
    fold(term)
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(' +'),
    'gu',
  );

/** The first occurrence of `term` from `from` on, bounded by words as asked. */
function find(
  text: string,
  term: string,
  from: number,
  startBounded: boolean,
  endBounded: boolean,
) {
  const regex = pattern(term);
  regex.lastIndex = from;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if ((!startBounded || boundary(text, start)) && (!endBounded || boundary(text, end)))
      return { start, end };
    regex.lastIndex = start + 1;
  }
  return null;
}

const skipSpace = (text: string, index: number): number => {
  while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  return index;
};

/** The passage the browser highlights for a directive on this page, or null. */
export function locate(page: string, directive: TextDirective): Passage | null {
  const text = fold(page);
  const { prefix, start, end, suffix } = directive;
  const wholeWords = !end && !suffix;
  let from = 0;
  while (from < text.length) {
    let match: Passage | null;
    if (prefix) {
      const before = find(text, prefix, from, true, false);
      if (!before) return null;
      from = before.start + 1;
      const at = skipSpace(text, before.end);
      match = find(text, start, at, false, wholeWords);
      if (!match) return null;
      if (match.start !== at) continue;
    } else {
      match = find(text, start, from, true, wholeWords);
      if (!match) return null;
      from = match.start + 1;
    }
    if (wholeWords) return match;
    let endFrom = match.end;
    while (endFrom < text.length) {
      if (end) {
        const last = find(text, end, endFrom, true, !suffix);
        if (!last) return null;
        match = { start: match.start, end: last.end };
      }
      if (!suffix) return match;
      const at = skipSpace(text, match.end);
      const after = find(text, suffix, at, false, true);
      if (!after) return null;
      if (after.start === at) return match;
      if (!end) break;
      endFrom = match.end;
    }
  }
  return null;
}

/** The words (letters and digits) of a block of text, as offsets. */
function words(page: string, from: number, to: number): Passage[] {
  const found: Passage[] = [];
  for (const segment of segmenter.segment(page.slice(from, to))) {
    if (segment.isWordLike)
      found.push({
        start: from + segment.index,
        end: from + segment.index + segment.segment.length,
      });
  }
  return found;
}

/** The passage widened to whole words and trimmed of white space, as the browser matches. */
export function wholeWords(page: string, passage: Passage): Passage {
  const blockStart = page.lastIndexOf('\n', passage.start - 1) + 1;
  const blockEnd = (page.indexOf('\n', passage.end) + 1 || page.length + 1) - 1;
  let { start, end } = passage;
  for (const word of words(page, blockStart, blockEnd)) {
    if (word.start < start && start < word.end) start = word.start;
    if (word.start < end && end < word.end) end = word.end;
  }
  while (start < end && /\s/.test(page[start] ?? '')) start++;
  while (end > start && /\s/.test(page[end - 1] ?? '')) end--;
  return { start, end };
}

const encode = (term: string): string =>
  encodeURIComponent(term.replace(/\s+/g, ' ')).replace(/-/g, '%2D');

/** The directive as it goes after `#:~:`. */
export function formatDirective({ prefix, start, end, suffix }: TextDirective): string {
  return `text=${prefix ? `${encode(prefix)}-,` : ''}${encode(start)}${end ? `,${encode(end)}` : ''}${suffix ? `,-${encode(suffix)}` : ''}`;
}

/**
 * The shortest directive that finds this passage and no earlier one: the passage itself (its
 * first and last words when long or spread over blocks), with as few words before or after it
 * as it takes. Both ends of the passage must be word boundaries (see wholeWords).
 */
export function directiveFor(page: string, passage: Passage): TextDirective {
  const { start, end } = passage;
  const quote = page.slice(start, end);
  const blockStart = page.lastIndexOf('\n', start - 1) + 1;
  const blockEnd = (page.indexOf('\n', end) + 1 || page.length + 1) - 1;
  const before = words(page, blockStart, start);
  const after = words(page, end, blockEnd);
  // A term stays in one block: the first words come from the first block, the last from the last.
  const head = words(page, start, quote.includes('\n') ? start + quote.indexOf('\n') : end);
  const tail = words(page, start + quote.lastIndexOf('\n') + 1, end);
  const context = (p: number, q: number): Pick<TextDirective, 'prefix' | 'suffix'> | null => {
    const first = before[before.length - p];
    const last = after[q - 1];
    if ((p > 0 && !first) || (q > 0 && !last)) return null;
    return {
      ...(first ? { prefix: page.slice(first.start, start).trimEnd() } : {}),
      ...(last ? { suffix: page.slice(skipSpace(page, end), last.end) } : {}),
    };
  };
  const exact = quote.length <= EXACT_MAX && !quote.includes('\n');
  const firstWords = (k: number) =>
    page.slice(start, head[Math.min(k, head.length) - 1]?.end ?? end);
  const lastWords = (k: number) =>
    page.slice(tail[Math.max(tail.length - k, 0)]?.start ?? start, end);
  // A long passage: its first and last few words, more of them as it takes.
  const spans = [3, 5, 8].flatMap((a) => [3, 5, 8].map((b) => [a, b] as const));
  const candidates: TextDirective[] = exact
    ? [{ start: quote }]
    : spans
        .sort(([a, b], [c, d]) => a + b - (c + d))
        .map(([a, b]) => ({ start: firstWords(a), end: lastWords(b) }));
  for (const terms of candidates) {
    for (let extra = 0; extra <= 6; extra++) {
      for (let p = extra; p >= 0; p--) {
        const around = context(p, extra - p);
        if (!around) continue;
        const directive = { ...around, ...terms };
        const found = locate(page, directive);
        if (found?.start === start && found.end === end) return directive;
      }
    }
  }
  // Not told apart within a few words either way: the browser will show the first occurrence.
  return candidates.at(-1) ?? { start: quote };
}

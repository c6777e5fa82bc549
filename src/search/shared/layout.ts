import type { SearchMap } from './types.ts';

/** One segment of a search record: where its words are, and what it is. */
export type Segment = { start: number; length: number } & (
  | { kind: 'header'; interview: number }
  | { kind: 'topics'; section: number }
  | { kind: 'qa'; qa: number; lang: 'kk' | 'en' }
);

/**
 * The segments of a record in the order their words are indexed (see build/documents.ts):
 * per interview its header, then per section its topic tokens followed by its Q&As, each in
 * Kazakh then English (each with the section's title in that language).
 */
export function layout(map: SearchMap): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const push = (segment: Segment): void => {
    segments.push(segment);
    start += segment.length;
  };
  let qa = 0;
  map.sections.forEach(([interview, topics], section) => {
    if (map.sections[section - 1]?.[0] !== interview) {
      push({ kind: 'header', interview, start, length: map.interviews[interview]?.[1] ?? 0 });
    }
    push({ kind: 'topics', section, start, length: topics.length });
    for (; map.qas[qa]?.[0] === section; qa++) {
      const [, kk, , en] = map.qas[qa] ?? [];
      push({ kind: 'qa', qa, lang: 'kk', start, length: kk ?? 0 });
      push({ kind: 'qa', qa, lang: 'en', start, length: en ?? 0 });
    }
  });
  return segments;
}

/** The segment a word position is in, and the position's offset within it, or null. */
export function locate(
  segments: Segment[],
  position: number,
): { segment: Segment; offset: number } | null {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (!segment) break;
    if (position < segment.start) high = middle - 1;
    else if (position >= segment.start + segment.length) low = middle + 1;
    else return { segment, offset: position - segment.start };
  }
  return null;
}

/** Each Q&A's number within its interview (the name of its text files). */
export function qaNumbers(map: SearchMap): number[] {
  const seen = new Map<number, number>();
  return map.qas.map(([section]) => {
    const interview = map.sections[section]?.[0] ?? -1;
    const n = seen.get(interview) ?? 0;
    seen.set(interview, n + 1);
    return n;
  });
}

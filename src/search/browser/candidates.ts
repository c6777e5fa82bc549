// From Pagefind's answers to the Q&As that may match. Each alternative of each query word is
// searched on its own (pages and word positions); the record's map says which segment each
// position is in; a Q&A is a candidate when each requirement (a query word, or a quoted phrase)
// has a position in it or in its interview's header, at least one in the Q&A itself. An
// interview is a candidate when every requirement is in its header. Candidates are then checked
// against their text (verify.ts) before they are shown.
import { locate, qaNumbers, type Segment } from '../shared/layout.ts';
import type { SearchMap } from '../shared/types.ts';

/** A position of one search (an alternative, or a phrase's start) in a candidate's segment. */
export interface Place {
  /** The requirement: a term's index in the query, then the phrases after the terms. */
  requirement: number;
  search: string;
  lang: 'kk' | 'en' | 'header';
  offset: number;
}

export interface Candidate {
  /** `page/qa` for a Q&A, `page/h/interview` for an interview. */
  key: string;
  page: string;
  interview: string;
  /** The Q&A's number in its interview (its text files); -1 for the interview itself. */
  n: number;
  topics: number[];
  /** The languages the Q&A is in (its text files); none for an interview. */
  langs: ('kk' | 'en')[];
  score: number;
  places: Place[];
}

/** Where one search (or a phrase) found words: positions per page. */
export type Positions = Map<string, number[]>;

/** Per requirement, the searches that count for it and their positions. */
export type Sources = { search: string; positions: Positions }[][];

export interface PageData {
  page: string;
  map: SearchMap;
  segments: Segment[];
}

/**
 * The positions where a phrase starts on each page: its words (null for a word not searched,
 * e.g. "of") found at consecutive positions.
 */
export function phraseStarts(words: (Positions | null)[]): Positions {
  const starts: Positions = new Map();
  const firstIndex = words.findIndex(Boolean);
  const first = words[firstIndex];
  if (!first) return starts;
  for (const [page, positions] of first) {
    const sets = words.map((found) => (found ? new Set(found.get(page)) : null));
    const onPage = positions
      .map((position) => position - firstIndex)
      .filter((start) => sets.every((set, i) => !set || set.has(start + i)));
    if (onPage.length > 0) starts.set(page, onPage);
  }
  return starts;
}

/** Score of a requirement with `tf` weighted occurrences: saturating, a match in the header low. */
const termScore = (weight: number, tf: number): number => weight * (tf > 0 ? tf / (tf + 1.5) : 0.1);

/** Words at most this many positions apart stand together: one word may be left out between. */
const TOGETHER = 2;

/**
 * How many of the `pairs` of requirements (query words typed one after the other) stand together
 * in the Q&A, in that order, in one of its languages: "two-state" in "two states", "екі мемлекет"
 * in "Екі мемлекеттің", not in "our two countries … the United States". A joined word's parts
 * stand at one position (text.ts).
 */
export function pairsTogether(places: Place[], pairs: [number, number][]): number {
  return pairs.filter(([first, second]) =>
    places.some(
      (a) =>
        a.requirement === first &&
        a.lang !== 'header' &&
        places.some(
          (b) =>
            b.requirement === second &&
            b.lang === a.lang &&
            b.offset >= a.offset &&
            b.offset - a.offset <= TOGETHER,
        ),
    ),
  ).length;
}

/**
 * The candidates on one page, Q&As and interviews, scored. A Q&A where more of the `pairs` stand
 * together ranks above any where fewer do; then by how often and where its words occur.
 */
export function pageCandidates(
  data: PageData,
  sources: Sources,
  weights: number[],
  topicFilter: Set<number>,
  pairs: [number, number][] = [],
): Candidate[] {
  const { page, map, segments } = data;
  const byQa = new Map<number, Place[]>();
  const byHeader = new Map<number, Place[]>();
  const add = (list: Map<number, Place[]>, key: number, place: Place) => {
    const places = list.get(key);
    if (places) places.push(place);
    else list.set(key, [place]);
  };
  sources.forEach((searches, requirement) => {
    for (const { search, positions } of searches) {
      for (const position of positions.get(page) ?? []) {
        const where = locate(segments, position);
        const segment = where?.segment;
        if (!where || !segment || segment.kind === 'topics') continue;
        const place = { requirement, search, offset: where.offset };
        if (segment.kind === 'qa') add(byQa, segment.qa, { ...place, lang: segment.lang });
        else add(byHeader, segment.interview, { ...place, lang: 'header' });
      }
    }
  });
  const count = sources.length;
  const covered = (places: Place[]) => new Set(places.map((p) => p.requirement));
  const out: Candidate[] = [];
  map.interviews.forEach(([id], interview) => {
    const header = byHeader.get(interview) ?? [];
    if (topicFilter.size > 0 || covered(header).size < count) return;
    const key = `${page}/h/${interview}`;
    out.push({
      key,
      page,
      interview: id,
      n: -1,
      topics: [],
      langs: [],
      score: Infinity,
      places: header,
    });
  });
  const numbers = qaNumbers(map);
  // Above any score of words apart: each term's score is under its weight.
  const togetherScore = weights.reduce((sum, w) => sum + w, 0);
  map.qas.forEach(([section, , kkQuestion, enWords, enQuestion], qa) => {
    const [interview = 0, topics = []] = map.sections[section] ?? [];
    if (topicFilter.size > 0 && !topics.some((topic) => topicFilter.has(topic))) return;
    const own = byQa.get(qa) ?? [];
    const ownCovered = covered(own);
    const header = (byHeader.get(interview) ?? []).filter((p) => !ownCovered.has(p.requirement));
    if (own.length === 0 || ownCovered.size + covered(header).size < count) return;
    let score = 0;
    for (let requirement = 0; requirement < count; requirement++) {
      const tf = own
        .filter((p) => p.requirement === requirement)
        .reduce(
          (sum, p) => sum + (p.offset < (p.lang === 'kk' ? kkQuestion : enQuestion) ? 3 : 1),
          0,
        );
      score += termScore(weights[requirement] ?? 1, tf);
    }
    score += pairsTogether(own, pairs) * togetherScore;
    out.push({
      key: `${page}/${qa}`,
      page,
      interview: map.interviews[interview]?.[0] ?? '',
      n: numbers[qa] ?? 0,
      topics,
      langs: enWords > 0 ? ['kk', 'en'] : ['kk'],
      score,
      places: [...own, ...header],
    });
  });
  return out;
}

import type { Lang } from '../../i18n/ui.ts';
import { interfacePath, pathTo } from '../../site/routes.ts';
import { truncateAtWord } from '../../site/text.ts';
import { excerpt, highlight, type Segment } from './excerpt.ts';
import type { MatchKind } from './query.ts';
import { headerTexts, qaTexts, type SearchInterview, type SearchQaText } from './types.ts';

/** A matched word in one of the texts shown: `text` counts them as `qaTexts`/`headerTexts` do. */
export interface Mark {
  text: number;
  start: number;
  end: number;
}

/** A checked result, as the view needs it: a Q&A in one language, or an interview. */
export interface Result {
  interview: string;
  kind: MatchKind;
  shown: { lang: Lang; qa: SearchQaText } | { header: SearchInterview };
  marks: Mark[];
  /** The matched words as written: the landing page marks them (`?hl=`). */
  words: string[];
}

export interface SearchHit {
  href: string;
  question: Segment[];
  /** Set when the words matched only in the other language than the interface's. */
  otherLanguage?: Lang;
  /** A near (typo-tolerant) match, shown below the exact ones. */
  near?: boolean;
  excerpt: Segment[];
}

export interface SearchGroup {
  /** The section's title, or the interview's for a match in its title, speaker or outlet. */
  title: string;
  href: string;
  hits: SearchHit[];
}

const rangesIn = (marks: Mark[], text: number): [number, number][] =>
  marks.filter((m) => m.text === text).map((m) => [m.start, m.end]);

/** The first text with a mark, cut around it; else the start of the first text. */
function firstExcerpt(texts: string[], marks: Mark[], from: number): Segment[] {
  for (let i = from; i < texts.length; i++) {
    const cut = excerpt(texts[i] ?? '', rangesIn(marks, i));
    if (cut) return cut;
  }
  return [{ text: truncateAtWord(texts[from] ?? '', 200, ' …'), mark: false }];
}

/**
 * Turns checked results (best first) into groups, one per section (or interview), in the order
 * of their best result: each hit links to its Q&A in the interface's language under `base`,
 * with `?hl=` naming the words it matched.
 */
export function groupResults(results: Result[], lang: Lang, base?: string): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const result of results) {
    const hl = result.words.length > 0 ? `?hl=${encodeURIComponent(result.words.join(' '))}` : '';
    const near = result.kind === 'near' ? { near: true } : {};
    if ('header' in result.shown) {
      const { header } = result.shown;
      const texts = headerTexts(header);
      const title = lang === 'en' && header.title[1] ? 1 : 0;
      const speaker = lang === 'en' && header.speaker[1] ? 3 : 2;
      const href = `${pathTo(lang, { page: 'interview', interview: result.interview }, base)}${hl}`;
      groups.set(`i/${result.interview}`, {
        title: texts[title] ?? '',
        href: pathTo(lang, { page: 'interview', interview: result.interview }, base),
        hits: [
          {
            href,
            question: highlight(texts[title] ?? '', rangesIn(result.marks, title)),
            excerpt: [
              ...highlight(texts[speaker] ?? '', rangesIn(result.marks, speaker)),
              { text: ` · ${header.outlet} · ${header.date}`, mark: false },
            ],
            ...near,
          },
        ],
      });
      continue;
    }
    const { qa } = result.shown;
    const [sectionId, sectionTitle] = qa.section;
    const key = `${result.interview}/${sectionId}`;
    const path = `${result.interview}/${sectionId}/`;
    const group = groups.get(key) ?? {
      title: sectionTitle,
      href: interfacePath(lang, path, base),
      hits: [],
    };
    groups.set(key, group);
    if (result.shown.lang === lang) group.title = sectionTitle;
    group.hits.push({
      href: `${interfacePath(lang, path, base)}${hl}#${qa.id}`,
      question: highlight(qa.q, rangesIn(result.marks, 0)),
      ...(result.shown.lang !== lang ? { otherLanguage: result.shown.lang } : {}),
      excerpt: firstExcerpt(qaTexts(qa), result.marks, 1),
      ...near,
    });
  }
  return [...groups.values()];
}

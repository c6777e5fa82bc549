import { excerpt, highlight, matchRanges, type Segment } from './search-excerpt.ts';
import { interfacePath } from './routes.ts';
import type { SearchQa } from './search-records.ts';

/** The parts of a Pagefind result the search reads (see search-records.ts for the meta). */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results: { url: string; title: string }[];
}

export interface SearchHit {
  href: string;
  question: Segment[];
  /** Set when the words matched only in the other language than the interface's. */
  otherLanguage?: 'kk' | 'en';
  excerpt: Segment[];
}

export interface SearchGroup {
  section: string;
  href: string;
  hits: SearchHit[];
}

/** The start of a text, cut at a word, for a hit whose words matched no visible text. */
function lead(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))} …`;
}

/**
 * Turns Pagefind results (one per section) into groups of hits (one per matching Q&A), in
 * Pagefind's order, with excerpts cut from the original text and matches marked.
 */
export function groupResults(
  results: PagefindResultData[],
  /** The original text of each result's section (search-records.ts `searchTexts`), in order. */
  sectionTexts: Record<string, SearchQa>[],
  terms: string[],
  lang: 'kk' | 'en',
  base: string,
  highlightQuery: string,
): SearchGroup[] {
  const other = lang === 'kk' ? 'en' : 'kk';
  return results.flatMap((result, index) => {
    const qa = sectionTexts[index] ?? {};
    const hits = result.sub_results.flatMap((sub): SearchHit[] => {
      const id = sub.url.split('#')[1];
      const texts = id ? qa[id] : undefined;
      if (!id || !texts) return [];
      const question = { kk: texts.q[0], en: texts.q[1] };
      const matches = (l: 'kk' | 'en'): boolean =>
        [question[l], ...texts[l]].some((text) => matchRanges(text, terms).length > 0);
      // The hit is shown in the interface's language unless only the other one matched.
      const shown = !matches(lang) && matches(other) ? other : lang;
      const paragraphs = texts[shown].length > 0 ? texts[shown] : texts.kk;
      const title = question[shown] || question.kk;
      const query = highlightQuery ? `?hl=${encodeURIComponent(highlightQuery)}` : '';
      const [path] = sub.url.split('#');
      return [
        {
          href: `${interfacePath(base, lang, path ?? '')}${query}#${id}`,
          question: highlight(title, terms),
          ...(shown !== lang ? { otherLanguage: shown } : {}),
          excerpt: paragraphs.map((text) => excerpt(text, terms)).find(Boolean) ?? [
            { text: lead(paragraphs[0] ?? ''), mark: false },
          ],
        },
      ];
    });
    if (hits.length === 0) return [];
    const title = (lang === 'en' && result.meta.title_en) || result.meta.title_kk || '';
    return [{ section: title, href: interfacePath(base, lang, result.url), hits }];
  });
}

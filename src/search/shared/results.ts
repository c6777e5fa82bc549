import { otherLang, type Lang } from '../../i18n/ui.ts';
import { inLang } from '../../site/bilingual.ts';
import { interfacePath } from '../../site/routes.ts';
import { truncateAtWord } from '../../site/text.ts';
import { excerpt, highlight, matchRanges, type Segment } from './excerpt.ts';
import type { SearchQa } from './types.ts';

/** The parts of a Pagefind result the search reads (see build/documents.ts for the meta). */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  sub_results: { url: string; title: string }[];
}

export interface SearchHit {
  href: string;
  question: Segment[];
  /** Set when the words matched only in the other language than the interface's. */
  otherLanguage?: Lang;
  excerpt: Segment[];
}

export interface SearchGroup {
  section: string;
  href: string;
  hits: SearchHit[];
}

/**
 * Turns Pagefind results (one per section) into groups of hits (one per matching Q&A), in
 * Pagefind's order, with excerpts cut from the original text and matches marked.
 */
export function groupResults(
  results: PagefindResultData[],
  /** The original text of each result's section (build/documents.ts `searchTexts`), in order. */
  sectionTexts: Record<string, SearchQa>[],
  terms: string[],
  lang: Lang,
  highlightQuery: string,
  base?: string,
): SearchGroup[] {
  const other = otherLang(lang);
  return results.flatMap((result, index) => {
    const qa = sectionTexts[index] ?? {};
    const hits = result.sub_results.flatMap((sub): SearchHit[] => {
      const id = sub.url.split('#')[1];
      const texts = id ? qa[id] : undefined;
      if (!id || !texts) return [];
      const question = { kk: texts.q[0], en: texts.q[1] || undefined };
      const matches = (l: Lang): boolean =>
        [question[l] ?? '', ...texts[l]].some((text) => matchRanges(text, terms).length > 0);
      // The hit is shown in the interface's language unless only the other one matched.
      const shown = !matches(lang) && matches(other) ? other : lang;
      const paragraphs = texts[shown].length > 0 ? texts[shown] : texts.kk;
      const title = inLang(question, shown);
      const query = highlightQuery ? `?hl=${encodeURIComponent(highlightQuery)}` : '';
      const [path] = sub.url.split('#');
      return [
        {
          href: `${interfacePath(lang, path ?? '', base)}${query}#${id}`,
          question: highlight(title, terms),
          ...(shown !== lang ? { otherLanguage: shown } : {}),
          excerpt: paragraphs.map((text) => excerpt(text, terms)).find(Boolean) ?? [
            // No visible word matched (a folded or stemmed form did): the answer's start.
            { text: truncateAtWord(paragraphs[0] ?? '', 200, ' …'), mark: false },
          ],
        },
      ];
    });
    if (hits.length === 0) return [];
    const title = inLang(
      { kk: result.meta.title_kk ?? '', en: result.meta.title_en || undefined },
      lang,
    );
    return [{ section: title, href: interfacePath(lang, result.url, base), hits }];
  });
}

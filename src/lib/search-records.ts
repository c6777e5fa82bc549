import type { AlignedSection } from './align-gloss.ts';
import { foldKazakh } from './search-normalise.ts';

/** What the search shows of one Q&A, in the original spelling: kept in the page's metadata. */
export interface SearchQa {
  /** Question: Kazakh, English (empty when there is no gloss). */
  q: [string, string];
  kk: string[];
  en: string[];
}

/** The section's metadata as the search client reads it back from Pagefind. */
export interface SearchMeta {
  interview: string;
  section: string;
  title_kk: string;
  title_en: string;
}

/**
 * The original text of a section's Q&As, keyed by question id, for excerpts. Served as a
 * small JSON file per section (Pagefind indexes metadata, which would double the index).
 */
export function searchTexts(section: AlignedSection): Record<string, SearchQa> {
  return Object.fromEntries(
    section.questions.map(({ id, kk, en }) => [
      id,
      {
        q: [kk.heading.text, en?.heading.text ?? ''],
        kk: kk.paragraphs.map((p) => p.text),
        en: en?.paragraphs.map((p) => p.text) ?? [],
      },
    ]),
  );
}

export interface SearchPage {
  /** The Kazakh section page; the client maps it to the reader's interface. */
  url: string;
  html: string;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * The document Pagefind indexes for one section: the Kazakh text folded (see
 * search-normalise.ts) and the English text, one sub-result per Q&A (its id, the question as
 * its title) and topics as filters. It is not
 * the page readers see: that one stays free of search-only markup.
 */
export function searchPage(
  interview: string,
  section: AlignedSection,
  sectionPath: string,
  { fold = true }: { fold?: boolean } = {},
): SearchPage {
  // Unfolded only to measure what the normalisation gains (npm run bench).
  const folded = (text: string): string => escapeHtml(fold ? foldKazakh(text) : text);
  const blocks = section.questions.map((question) => {
    const { kk, en } = question;
    const paragraphs = [
      ...kk.paragraphs.map((p) => `<p>${folded(p.text)}</p>`),
      ...(en?.paragraphs ?? []).map((p) => `<p>${escapeHtml(p.text)}</p>`),
    ];
    return [
      `<section id="${question.id}" data-pagefind-title="${escapeHtml(kk.heading.text)}">`,
      `<h2 data-pagefind-weight="4">${folded(kk.heading.text)}</h2>`,
      en ? `<h2 data-pagefind-weight="4">${escapeHtml(en.heading.text)}</h2>` : '',
      ...paragraphs,
      '</section>',
    ].join('');
  });
  const meta: SearchMeta = {
    interview,
    section: section.id,
    title_kk: section.title.kk,
    title_en: section.title.en ?? '',
  };
  const metaTags = Object.entries(meta)
    .map(
      ([key, value]) =>
        `<span data-pagefind-meta="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`,
    )
    .join('');
  const filters = section.topics
    .map((topic) => `<span data-pagefind-filter="topic[data-value]" data-value="${topic}"></span>`)
    .join('');
  const title = `${folded(section.title.kk)} ${escapeHtml(section.title.en ?? '')}`;
  return {
    url: sectionPath,
    html: `<!doctype html><html lang="kk"><head><title>${escapeHtml(section.title.kk)}</title></head><body><main data-pagefind-body>${metaTags}${filters}<h1 data-pagefind-weight="6">${title}</h1>${blocks.join('')}</main></body></html>`,
  };
}

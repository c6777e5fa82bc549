import type { Section } from '../../library/model.ts';
import { foldKazakh } from '../shared/normalise.ts';
import type { SearchMeta, SearchQa } from '../shared/types.ts';
import { pathTo } from '../../site/routes.ts';

/**
 * The original text of a section's Q&As, keyed by question id, for excerpts. Served as a
 * small JSON file per section (Pagefind indexes metadata, which would double the index).
 */
export function searchTexts(section: Section): Record<string, SearchQa> {
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

export interface SearchDocument {
  /** The Kazakh section page without the base; the client maps it to the reader's interface. */
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
 * shared/normalise.ts) and the English text, one sub-result per Q&A (its id, the question as
 * its title) and topics as filters. It is not the page readers see: that one stays free of
 * search-only markup.
 */
export function searchDocument(
  interview: string,
  section: Section,
  { fold = true }: { fold?: boolean } = {},
): SearchDocument {
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
    url: pathTo('kk', { page: 'section', interview, section: section.id }, '/'),
    html: `<!doctype html><html lang="kk"><head><title>${escapeHtml(section.title.kk)}</title></head><body><main data-pagefind-body>${metaTags}${filters}<h1 data-pagefind-weight="6">${title}</h1>${blocks.join('')}</main></body></html>`,
  };
}

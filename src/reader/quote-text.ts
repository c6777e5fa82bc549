// What a quote is: the passage a selection (or a paragraph's quote button) marks in an
// answer, its text in quotation marks with its citation, and the link to the Q&A's own page
// that highlights it (#:~:text=, built against that page's text), or the paragraph with its
// translation. quote.ts shows the actions.
import { offsetIn, pageText } from './page-text.ts';
import { directiveFor, formatDirective, wholeWords, type Passage } from './text-fragment.ts';

type Lang = 'kk' | 'en';

export interface Quote {
  lang: Lang;
  /** The selected paragraphs of one language, in order, and the selection's ends in them. */
  paragraphs: HTMLElement[];
  start: number;
  end: number;
  /** The Q&A page's path. */
  page: string;
  /** The paragraph quote button that opened the popover, if one did. */
  trigger?: HTMLElement | undefined;
}

/** The passage of a selection in an answer, if it lies in one language of one Q&A. */
export function fromSelection(selection: Selection | null): Quote | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement?.closest('.qa');
  const qa = start ?? range.endContainer.parentElement?.closest('.qa');
  // A paragraph counts when some of its text is selected, not just an edge of it.
  const paragraphs = [...(qa?.querySelectorAll<HTMLElement>('.answer p[data-lang]') ?? [])].filter(
    (p) =>
      range.intersectsNode(p) &&
      offsetIn(p, range.endContainer, range.endOffset) >
        offsetIn(p, range.startContainer, range.startOffset),
  );
  const langs = new Set(paragraphs.map((p) => p.dataset.lang));
  const [first] = paragraphs;
  const last = paragraphs.at(-1);
  if (!first || !last || langs.size !== 1) return undefined;
  return {
    lang: first.dataset.lang === 'en' ? 'en' : 'kk',
    paragraphs,
    start: offsetIn(first, range.startContainer, range.startOffset),
    end: offsetIn(last, range.endContainer, range.endOffset),
    page: qa?.querySelector<HTMLElement>('[data-copy]')?.dataset.copy ?? location.pathname,
  };
}

/** The whole paragraph of a quote button, in the language on screen. */
export function fromButton(button: HTMLElement): Quote | undefined {
  const pair = button.closest('.pair');
  const view = document.documentElement.dataset.view;
  const paragraph =
    pair?.querySelector<HTMLElement>(`p[data-lang="${view === 'en' ? 'en' : 'kk'}"]`) ??
    pair?.querySelector<HTMLElement>('p[data-lang]');
  if (!paragraph) return undefined;
  return {
    lang: paragraph.dataset.lang === 'en' ? 'en' : 'kk',
    paragraphs: [paragraph],
    start: 0,
    end: paragraph.textContent.length,
    page: button.closest('.qa')?.querySelector<HTMLElement>('[data-copy]')?.dataset.copy ?? '',
    trigger: button,
  };
}

/** The quote widened to whole words: its ends in its first and last paragraph. */
function widened(quote: Quote): Passage {
  const text = (p: HTMLElement | undefined) => (p?.textContent ?? '').replace(/\s/g, ' ');
  const first = text(quote.paragraphs[0]);
  const last = text(quote.paragraphs.at(-1));
  const start = wholeWords(first, { start: quote.start, end: first.length }).start;
  const end = wholeWords(last, { start: 0, end: quote.end }).end;
  return { start, end };
}

const quotedText = (quote: Quote, { start, end }: Passage): string =>
  quote.paragraphs
    .map((p, i) =>
      (p.textContent ?? '')
        .slice(i === 0 ? start : 0, i === quote.paragraphs.length - 1 ? end : undefined)
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n');

/** The Q&A page, parsed: the page a link opens, whose text the directive must fit. */
async function targetPage(path: string): Promise<Document> {
  if (new URL(path, location.href).pathname === location.pathname) return document;
  const html = await (await fetch(path)).text();
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The link to the Q&A page that scrolls to the passage and highlights it. */
async function quoteLink(quote: Quote, passage: Passage, view: string): Promise<string> {
  const doc = await targetPage(quote.page);
  const same = (p: HTMLElement) =>
    doc.getElementById(p.parentElement?.id ?? '')?.querySelector(`p[data-lang="${quote.lang}"]`);
  const first = quote.paragraphs[0] && same(quote.paragraphs[0]);
  const last = quote.paragraphs.at(-1) && same(quote.paragraphs.at(-1) as HTMLElement);
  const url = new URL(quote.page, location.href);
  // The mode is always given: the quoted language must be on screen for the browser to find it.
  url.searchParams.set('view', view);
  if (!first || !last) return url.href;
  const { text, at } = pageText(doc.body, [first, last]);
  const target = {
    start: (at.get(first) ?? 0) + passage.start,
    end: (at.get(last) ?? 0) + passage.end,
  };
  url.hash = `:~:${formatDirective(directiveFor(text, target))}`;
  return url.href;
}

/** The text a button copies: the quote (or the paragraphs in both languages), cited, linked. */
export async function clipboardText(
  quote: Quote,
  withTranslation: boolean,
  cite: DOMStringMap,
): Promise<string> {
  const passage = widened(quote);
  const view = withTranslation ? 'both' : (document.documentElement.dataset.view ?? 'both');
  const link = await quoteLink(quote, passage, view);
  const marks = (lang: Lang, text: string) => (lang === 'kk' ? `«${text}»` : `“${text}”`);
  if (!withTranslation) {
    const line = quote.lang === 'kk' ? cite['citeKk'] : cite['citeEn'];
    return [marks(quote.lang, quotedText(quote, passage)), `— ${line}`, link].join('\n');
  }
  const both = (lang: Lang) =>
    quote.paragraphs
      .map((p) => p.parentElement?.querySelector(`p[data-lang="${lang}"]`)?.textContent ?? '')
      .join('\n');
  const line = quote.lang === 'kk' ? cite['citeKkGloss'] : cite['citeEn'];
  return [marks('kk', both('kk')), marks('en', both('en')), `— ${line}`, link].join('\n');
}

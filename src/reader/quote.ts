// Quoting a passage: selecting text in an answer (or a paragraph's quote button, for the
// keyboard) opens a small popover that copies the passage with its citation and a link to the
// Q&A's own page that highlights it (#:~:text=), or the paragraph with its translation.
// Loaded on first use by reader.ts.
import quoteCss from '../styles/quote.css?url';
import { offsetIn, pageText } from './page-text.ts';
import { loadStylesheet } from './stylesheet.ts';
import { directiveFor, formatDirective, wholeWords, type Passage } from './text-fragment.ts';

type Lang = 'kk' | 'en';

interface Quote {
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

const popover = document.querySelector<HTMLElement>('.quote-popover');
const status = popover?.querySelector('[role="status"]');
let current: Quote | undefined;
const styled = loadStylesheet(quoteCss);

/** The passage of a selection in an answer, if it lies in one language of one Q&A. */
function fromSelection(selection: Selection | null): Quote | undefined {
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
function fromButton(button: HTMLElement): Quote | undefined {
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
async function clipboardText(quote: Quote, withTranslation: boolean): Promise<string> {
  const passage = widened(quote);
  const cite = popover?.dataset ?? {};
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

/** Writes text that is still being put together, within the click that asked for it. */
function copy(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return text.then((value) => navigator.clipboard.writeText(value));
}

function hide(): void {
  if (!popover || popover.hidden) return;
  const trigger = current?.trigger;
  const hadFocus = popover.contains(document.activeElement);
  popover.hidden = true;
  current = undefined;
  if (hadFocus) trigger?.focus();
}

/** Shows the popover under `rect`, in the paragraph's block, so that Tab reaches it next. */
function show(quote: Quote, rect: DOMRect, focus: boolean): void {
  const pair = quote.paragraphs.at(-1)?.parentElement;
  if (!popover || !status || !pair) return;
  current = quote;
  pair.append(popover);
  status.textContent = '';
  const translation = popover.querySelector<HTMLElement>('[data-quote-copy="translation"]');
  if (translation) translation.hidden = !pair.querySelector('p[data-lang="en"]');
  void styled.then(() => {
    popover.hidden = false;
    const box = pair.getBoundingClientRect();
    // Placed through the CSSOM, which the Content-Security-Policy allows (style attributes not).
    popover.style.top = `${rect.bottom - box.top + 6}px`;
    popover.style.left = `${Math.max(0, Math.min(rect.left - box.left, box.width - popover.offsetWidth))}px`;
    if (focus) popover.querySelector('button')?.focus();
  });
}

let pending: ReturnType<typeof setTimeout> | undefined;
function onSelection(): void {
  clearTimeout(pending);
  // Wait until the selection stops moving (dragging, shift+arrows).
  pending = setTimeout(() => {
    const selection = getSelection();
    const quote = fromSelection(selection);
    const rects = quote && selection?.getRangeAt(0).getClientRects();
    const rect = rects?.[rects.length - 1];
    if (quote && rect) show(quote, rect, false);
    else if (!current?.trigger) hide();
  }, 200);
}

/** Shows the popover for a paragraph's quote button, focus on its first action. */
export function quoteParagraph(button: HTMLElement): void {
  const quote = fromButton(button);
  if (quote) show(quote, button.getBoundingClientRect(), true);
}

export function watchSelection(): void {
  document.addEventListener('selectionchange', onSelection);
  onSelection();
}

// Keeps the selection when a popover button is pressed.
popover?.addEventListener('pointerdown', (event) => event.preventDefault());
popover?.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-quote-copy]');
  if (!button || !current || !status) return;
  const done = popover.dataset;
  copy(clipboardText(current, button.getAttribute('data-quote-copy') === 'translation'))
    .then(() => (status.textContent = done['copied'] ?? ''))
    .catch(() => (status.textContent = done['failed'] ?? ''));
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
document.addEventListener('pointerdown', (event) => {
  const target = event.target instanceof Node ? event.target : null;
  if (current?.trigger && !popover?.contains(target) && !current.trigger.contains(target)) hide();
});

// The search, loaded only when a reader opens it: a dialog from any page, or the /search/
// page. Pagefind finds the sections and Q&As; src/lib/ normalises the query and cuts excerpts.
import { strings, type Lang } from '../i18n/index.ts';
import type { Segment } from '../lib/search-excerpt.ts';
import type { SearchQa } from '../lib/search-records.ts';
import { pathTo } from '../lib/routes.ts';
import { normaliseQuery, queryTerms } from '../lib/search-normalise.ts';
import { groupResults, type PagefindResultData, type SearchGroup } from '../lib/search-results.ts';

interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { baseUrl: string; noWorker: boolean }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<PagefindSearch | null>;
}
interface Topic {
  id: string;
  kk: string;
  en: string;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'kk';
const t = strings(lang);
/** Sections shown at first, and added by each "show more". */
const PAGE_SIZE = 8;

let engine: Promise<Pagefind> | undefined;
let topicList: Promise<Topic[]> | undefined;

function loadEngine(): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(
    async (pagefind) => {
      // Result URLs exactly as indexed (`/<interview>/<section>/`); the base is added here.
      await pagefind.options({ baseUrl: '/', noWorker: true });
      await pagefind.init();
      // Loading the filters once makes every search report its counts per topic.
      await pagefind.filters();
      return pagefind;
    },
  );
  return engine;
}

const textFiles = new Map<string, Promise<Record<string, SearchQa>>>();

/** The original text of a result's section, for its excerpts; fetched once per section. */
function loadTexts(meta: Record<string, string | undefined>): Promise<Record<string, SearchQa>> {
  const url = `${BASE}search-text/${meta.interview}/${meta.section}.json`;
  let texts = textFiles.get(url);
  if (!texts) {
    texts = fetch(url).then((response) => response.json() as Promise<Record<string, SearchQa>>);
    textFiles.set(url, texts);
  }
  return texts;
}

function loadTopics(): Promise<Topic[]> {
  topicList ??= fetch(`${BASE}search-data.json`)
    .then((response) => response.json() as Promise<{ topics: Topic[] }>)
    .then((data) => data.topics);
  return topicList;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Excerpt segments as text nodes and <mark>s: the query and the content never become HTML. */
const segmentNodes = (segments: Segment[]): Node[] =>
  segments.map(({ text, mark }) =>
    mark ? element('mark', {}, text) : document.createTextNode(text),
  );

interface SearchUi {
  root: HTMLElement;
  input: HTMLInputElement;
  run: (query: string) => void;
}

function createSearchUi(onQuery?: (query: string) => void): SearchUi {
  // A text field with the searchbox role: in a search field Escape would only clear the text,
  // where readers expect it to close the dialog.
  const input = element('input', {
    type: 'text',
    role: 'searchbox',
    enterkeyhint: 'search',
    name: 'q',
    id: 'search-input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t.searchPlaceholder,
  });
  const form = element(
    'form',
    { role: 'search', class: 'search-form', action: pathTo(BASE, lang, { page: 'search' }) },
    element('label', { for: 'search-input', class: 'sr-only' }, t.searchLabel),
    input,
  );
  const filters = element('fieldset', { class: 'search-filters', hidden: '' });
  const status = element('p', { class: 'search-status', role: 'status' });
  const results = element('div', { class: 'search-results' });
  const root = element('div', { class: 'search' }, form, filters, status, results);
  const selected = new Set<string>();
  let generation = 0;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    results.querySelector<HTMLAnchorElement>('a.search-hit')?.focus();
  });

  const renderFilters = (counts: Record<string, number>, topics: Topic[]): void => {
    const shown = topics.filter((topic) => (counts[topic.id] ?? 0) > 0 || selected.has(topic.id));
    filters.hidden = shown.length === 0;
    filters.replaceChildren(
      element('legend', {}, t.searchFilterTopics),
      ...shown.map((topic) => {
        const box = element('input', { type: 'checkbox', value: topic.id });
        box.checked = selected.has(topic.id);
        box.addEventListener('change', () => {
          if (box.checked) selected.add(topic.id);
          else selected.delete(topic.id);
          run(input.value);
        });
        return element(
          'label',
          {},
          box,
          ` ${topic[lang]} `,
          element('span', { class: 'count' }, `(${counts[topic.id] ?? 0})`),
        );
      }),
    );
  };

  const renderGroups = (groups: SearchGroup[], remaining: number, showMore: () => void): void => {
    const hits = groups.reduce((sum, group) => sum + group.hits.length, 0);
    status.textContent = t.searchResults(hits, groups.length);
    const more = element(
      'button',
      { type: 'button', class: 'search-more' },
      t.searchMore(remaining),
    );
    more.addEventListener('click', showMore);
    results.replaceChildren(
      element(
        'ol',
        { class: 'search-groups' },
        ...groups.map((group) =>
          element(
            'li',
            {},
            element('h3', {}, element('a', { href: group.href }, group.section)),
            element(
              'ul',
              {},
              ...group.hits.map((hit) =>
                element(
                  'li',
                  {},
                  element(
                    'a',
                    { href: hit.href, class: 'search-hit' },
                    element(
                      'span',
                      {
                        class: 'hit-question',
                        ...(hit.otherLanguage ? { lang: hit.otherLanguage } : {}),
                      },
                      ...segmentNodes(hit.question),
                    ),
                    ...(hit.otherLanguage
                      ? [
                          element(
                            'span',
                            { class: 'hit-lang', lang },
                            t.searchMatchIn(hit.otherLanguage),
                          ),
                        ]
                      : []),
                    element(
                      'span',
                      {
                        class: 'hit-excerpt',
                        ...(hit.otherLanguage ? { lang: hit.otherLanguage } : {}),
                      },
                      ...segmentNodes(hit.excerpt),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
      ...(remaining > 0 ? [more] : []),
    );
  };

  const renderNothing = async (query: string): Promise<void> => {
    status.textContent = t.searchNoResults(query);
    const topics = await loadTopics();
    results.replaceChildren(
      element('p', {}, t.searchTryTopics),
      element(
        'ul',
        { class: 'topic-list' },
        ...topics.map((topic) =>
          element(
            'li',
            {},
            element(
              'a',
              { href: pathTo(BASE, lang, { page: 'topic', topic: topic.id }) },
              topic[lang],
            ),
          ),
        ),
      ),
    );
  };

  async function search(query: string): Promise<void> {
    const current = ++generation;
    onQuery?.(query);
    if (!query.trim()) {
      status.textContent = '';
      results.replaceChildren();
      filters.hidden = true;
      return;
    }
    if (!engine) status.textContent = t.searchLoading;
    try {
      const pagefind = await loadEngine();
      const filter = selected.size > 0 ? { topic: { any: [...selected] } } : {};
      const found = await pagefind.search(normaliseQuery(query), { filters: filter });
      if (!found || current !== generation) return;
      renderFilters(found.totalFilters?.topic ?? {}, await loadTopics());
      // Fragments and excerpt texts are fetched only for the sections on screen.
      const show = async (count: number): Promise<void> => {
        const data = await Promise.all(found.results.slice(0, count).map((r) => r.data()));
        const texts = await Promise.all(data.map((result) => loadTexts(result.meta)));
        if (current !== generation) return;
        const groups = groupResults(data, texts, queryTerms(query), lang, BASE, query);
        if (groups.length === 0) return renderNothing(query);
        const remaining = Math.max(0, found.results.length - count);
        renderGroups(groups, remaining, () => {
          // Focus moves to the first of the sections just added.
          void show(count + PAGE_SIZE).then(() => {
            const added = results.querySelectorAll('.search-groups > li')[count];
            added?.querySelector<HTMLAnchorElement>('a.search-hit')?.focus();
          });
        });
      };
      await show(PAGE_SIZE);
    } catch {
      status.textContent = t.searchFailed;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (query: string): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(query), 40);
  };
  input.addEventListener('input', () => run(input.value));

  // Arrow keys move between the input and the results; Enter follows a result.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  return { root, input, run };
}

let dialog: HTMLDialogElement | undefined;
let dialogUi: SearchUi | undefined;
let returnFocus: HTMLElement | null = null;

/** Opens the search dialog; closing it (Escape or the button) returns focus to `trigger`. */
export function openSearchDialog(trigger: HTMLElement | null): void {
  if (!dialog || !dialogUi) {
    dialogUi = createSearchUi();
    const close = element('button', { type: 'button', class: 'search-close' }, t.searchClose);
    dialog = element(
      'dialog',
      { class: 'search-dialog', 'aria-label': t.searchLabel },
      element('div', { class: 'search-bar' }, close),
      dialogUi.root,
    );
    close.addEventListener('click', () => dialog?.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // The close event comes a moment later: if the dialog was opened again since, keep focus.
    dialog.addEventListener('close', () => {
      if (dialog?.open) return;
      // Focus must not stay in the closed dialog, where "/" would type instead of search.
      if (
        document.activeElement instanceof HTMLElement &&
        dialog?.contains(document.activeElement)
      ) {
        document.activeElement.blur();
      }
      returnFocus?.focus();
    });
    document.body.append(dialog);
  }
  returnFocus = trigger;
  dialog.showModal();
  dialogUi.input.focus();
  dialogUi.input.select();
  void loadEngine().catch(() => undefined);
}

/** The /search/ page: the same search in the page, reading and updating ?q=. */
export function mountSearchPage(container: HTMLElement): void {
  const ui = createSearchUi((query) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
  container.replaceChildren(ui.root);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  ui.input.value = query;
  ui.input.focus();
  if (query) ui.run(query);
}

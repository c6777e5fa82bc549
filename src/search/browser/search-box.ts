// One search box: the instance and its views, put together. The dialog and the search page
// are thin shells around it.
import type { Lang, SearchStrings } from '../../i18n/ui.ts';
import { pathTo } from '../../site/routes.ts';
import { loadStylesheet } from '../../reader/stylesheet.ts';
import { element } from './dom.ts';
import { SearchInstance } from './instance.ts';
import { loadStrings } from './strings.ts';
import { prepareCheck } from './verify.ts';
import { searchFilters } from './views/filters.ts';
import { searchInput } from './views/input.ts';
import { searchResults } from './views/results.ts';
import { searchStatus } from './views/status.ts';
import searchCss from '../../styles/search.css?url';
import { followPageScript } from '../../reader/page-script.ts';

export interface SearchBox {
  root: HTMLElement;
  input: HTMLInputElement;
  search: SearchInstance;
  t: SearchStrings;
}

/** The interface language of the page the search opens on. */
export const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'kk');

export async function createSearchBox(
  lang: Lang,
  onQuery?: (query: string) => void,
): Promise<SearchBox> {
  // Its messages and results, in Kazakh, are written in Latin on a Latin twin.
  followPageScript();
  const [t] = await Promise.all([loadStrings(lang), loadStylesheet(searchCss)]);
  const search = new SearchInstance(lang, onQuery);
  // The check's first split into words (verify.ts), made while the engine downloads.
  if ('requestIdleCallback' in window) requestIdleCallback(prepareCheck);
  else setTimeout(prepareCheck, 0);
  const { form, input } = searchInput(search, t, pathTo(lang, { page: 'search' }));
  const results = searchResults(search, t);
  const root = element(
    'div',
    { class: 'search' },
    form,
    searchFilters(search, t),
    searchStatus(search, t),
    results,
  );
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
  return { root, input, search, t };
}

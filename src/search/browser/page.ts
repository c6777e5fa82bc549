// The /search/ page: the same search box in the page, reading and updating ?q=.
import { createSearchBox, pageLang } from './search-box.ts';

export async function mountSearchPage(container: HTMLElement): Promise<void> {
  const box = await createSearchBox(pageLang(), (query) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
  container.replaceChildren(box.root);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  box.input.value = query;
  box.input.focus();
  if (query) void box.search.searchNow(query);
}

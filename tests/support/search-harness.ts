// Runs the real search client (SearchInstance) in the browser without its views, for the recall
// sweep: bundled by tests/e2e/search-sweep.spec.ts and imported into a page of the built site.
// It also asks the client's reader of Pagefind's index for one word.
import type { Lang } from '../../src/i18n/ui.ts';
import { loadEngine } from '../../src/search/browser/engine.ts';
import { SearchInstance, type SearchState } from '../../src/search/browser/instance.ts';

export interface Answer {
  /** The results' links, in the order shown, after every "show more". */
  hrefs: string[];
  near: boolean[];
  suggestion?: string;
  kind: SearchState['kind'];
}

const instances = new Map<Lang, { search: SearchInstance; last: () => SearchState }>();

function instance(lang: Lang): { search: SearchInstance; last: () => SearchState } {
  let found = instances.get(lang);
  if (!found) {
    const search = new SearchInstance(lang);
    let state: SearchState = { kind: 'idle' };
    search.register((next) => {
      state = next;
    });
    found = { search, last: () => state };
    instances.set(lang, found);
  }
  return found;
}

/** Every result the client shows for `text`, as a reader who presses "show more" to the end. */
export async function ask(text: string, lang: Lang): Promise<Answer> {
  const { search, last } = instance(lang);
  await search.searchNow(text);
  for (let state = last(); state.kind === 'results' && state.more; state = last()) {
    await search.showMore();
  }
  const state = last();
  if (state.kind !== 'results') return { hrefs: [], near: [], kind: state.kind };
  const hits = state.groups.flatMap((group) => group.hits);
  return {
    hrefs: hits.map((hit) => hit.href),
    near: hits.map((hit) => hit.near === true),
    ...(state.suggestion ? { suggestion: state.suggestion } : {}),
    kind: state.kind,
  };
}

/** How many pages the search's reader of Pagefind's index finds for a word's start. */
export async function pagesFor(word: string): Promise<number> {
  const [index] = await loadEngine();
  return (await index.search(word)).results.length;
}

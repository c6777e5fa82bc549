import type { SearchStrings } from '../../../i18n/ui.ts';
import type { SearchGroup, SearchHit } from '../../shared/results.ts';
import { element, segmentNodes } from '../dom.ts';
import type { SearchInstance } from '../instance.ts';
import { didYouMean, namedTopicLinks, noResults } from './status.ts';

function hitLink(hit: SearchHit, search: SearchInstance, t: SearchStrings): HTMLAnchorElement {
  // A hit found only in the other language is shown, and tagged, in that language.
  const other = hit.otherLanguage ? { lang: hit.otherLanguage } : {};
  return element(
    'a',
    { href: hit.href, class: 'search-hit' },
    element('span', { class: 'hit-question', ...other }, ...segmentNodes(hit.question)),
    ...(hit.otherLanguage
      ? [element('span', { class: 'hit-lang', lang: search.lang }, t.matchIn(hit.otherLanguage))]
      : []),
    ...(hit.near
      ? [element('span', { class: 'hit-lang hit-near', lang: search.lang }, t.near)]
      : []),
    element('span', { class: 'hit-excerpt', ...other }, ...segmentNodes(hit.excerpt)),
  );
}

function groupList(groups: SearchGroup[], search: SearchInstance, t: SearchStrings): HTMLElement {
  return element(
    'ol',
    { class: 'search-groups' },
    ...groups.map((group) =>
      element(
        'li',
        {},
        element('h3', {}, element('a', { href: group.href }, group.title)),
        element('ul', {}, ...group.hits.map((hit) => element('li', {}, hitLink(hit, search, t)))),
      ),
    ),
  );
}

/** The results, grouped by section, with "show more" for the answers not shown yet. */
export function searchResults(search: SearchInstance, t: SearchStrings): HTMLDivElement {
  const results = element('div', { class: 'search-results' });
  search.register((state) => {
    if (state.kind === 'idle') return results.replaceChildren();
    if (state.kind === 'none') {
      const named = namedTopicLinks(state.named, search, t);
      return results.replaceChildren(...named, ...noResults(state, search, t));
    }
    if (state.kind !== 'results') return;
    const more = element('button', { type: 'button', class: 'search-more' }, t.more);
    more.addEventListener('click', () => void search.showMore());
    const hits = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
    const before = hits();
    const shown = new Set(before.map((a) => a.getAttribute('href')));
    const focused = before.findIndex((a) => a === document.activeElement);
    results.replaceChildren(
      ...namedTopicLinks(state.named, search, t),
      ...(state.suggestion ? [didYouMean(state.suggestion, search, t)] : []),
      groupList(state.groups, search, t),
      ...(state.more ? [more] : []),
    );
    // After "show more", focus moves to the first answer just added (new answers may join a
    // section already shown).
    if (state.added) {
      hits()
        .find((a) => !shown.has(a.getAttribute('href')))
        ?.focus();
    } else if (focused !== -1) {
      // The results of a later keystroke arrived while the reader was moving through these:
      // they keep their place in the list rather than losing focus to the page.
      const now = hits();
      now[Math.min(focused, now.length - 1)]?.focus();
    }
  });
  return results;
}

import type { SearchStrings } from '../../../i18n/ui.ts';
import { pathTo } from '../../../site/routes.ts';
import { element } from '../dom.ts';
import type { SearchTopic } from '../../shared/types.ts';
import type { SearchInstance, SearchState } from '../instance.ts';

/** The line that says what the search is doing or found, read out by screen readers. */
function statusText(state: SearchState, t: SearchStrings): string | undefined {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'loading':
      return t.loading;
    case 'failed':
      return t.failed;
    case 'none':
      return t.noResults(state.query);
    case 'results':
      // Only near matches: say that the words as typed found nothing.
      if (state.suggestion) return t.noResults(state.query);
      return t.results(
        state.groups.reduce((sum, group) => sum + group.hits.length, 0),
        state.groups.length,
        state.more,
      );
  }
}

export function searchStatus(search: SearchInstance, t: SearchStrings): HTMLParagraphElement {
  const status = element('p', { class: 'search-status', role: 'status' });
  search.register((state) => {
    const text = statusText(state, t);
    if (text !== undefined) status.textContent = text;
  });
  return status;
}

/** "Did you mean …?", the corrected query a button that searches it. */
export function didYouMean(
  suggestion: string,
  search: SearchInstance,
  t: SearchStrings,
): HTMLParagraphElement {
  const button = element('button', { type: 'button', class: 'search-suggestion' }, suggestion);
  button.addEventListener('click', () => search.replaceQuery(suggestion));
  return element('p', { class: 'search-did-you-mean' }, `${t.didYouMean} `, button);
}

const topicLink = (topic: SearchTopic, search: SearchInstance): HTMLAnchorElement =>
  element(
    'a',
    { href: pathTo(search.lang, { page: 'topic', topic: topic.id }) },
    topic[search.lang],
  );

/** The topics the query names, linked: beside its results, or before "pick a topic". */
export function namedTopicLinks(
  topics: SearchTopic[],
  search: SearchInstance,
  t: SearchStrings,
): HTMLParagraphElement[] {
  if (topics.length === 0) return [];
  const links = topics.flatMap((topic, i) => [...(i > 0 ? [', '] : []), topicLink(topic, search)]);
  return [element('p', { class: 'search-named' }, `${t.namedTopics(topics.length)} `, ...links)];
}

/** When nothing matches: the topics to browse instead. */
export function noResults(
  state: SearchState & { kind: 'none' },
  search: SearchInstance,
  t: SearchStrings,
): Node[] {
  return [
    element('p', {}, t.tryTopics),
    element(
      'ul',
      { class: 'topic-list' },
      ...state.topics.map((topic) => element('li', {}, topicLink(topic, search))),
    ),
  ];
}

import type { SearchStrings } from '../../../i18n/ui.ts';
import { element } from '../dom.ts';
import type { SearchInstance, SearchState } from '../instance.ts';

/**
 * Topic checkboxes for the topics of the results (and any already chosen), with their number
 * of answers once every page with results has been read.
 */
export function searchFilters(search: SearchInstance, t: SearchStrings): HTMLFieldSetElement {
  const fieldset = element('fieldset', { class: 'search-filters', hidden: '' });
  search.register((state: SearchState) => {
    if (state.kind === 'idle') fieldset.hidden = true;
    if (state.kind !== 'results' && state.kind !== 'none') return;
    fieldset.hidden = state.facet.length === 0;
    fieldset.replaceChildren(
      element('legend', {}, t.filterTopics),
      ...state.facet.map(({ topic, count }) => {
        const box = element('input', { type: 'checkbox', value: topic.id });
        box.checked = search.selected.has(topic.id);
        box.addEventListener('change', () => search.toggleTopic(topic.id, box.checked));
        return element(
          'label',
          {},
          box,
          ` ${topic[search.lang]} `,
          ...(count === null ? [] : [element('span', { class: 'count' }, `(${count})`)]),
        );
      }),
    );
  });
  return fieldset;
}

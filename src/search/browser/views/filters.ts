import type { SearchStrings } from '../../../i18n/ui.ts';
import { element } from '../dom.ts';
import type { SearchInstance, SearchState } from '../instance.ts';

/** Topic checkboxes with their hit counts; only topics with hits (or already chosen) show. */
export function searchFilters(search: SearchInstance, t: SearchStrings): HTMLFieldSetElement {
  const fieldset = element('fieldset', { class: 'search-filters', hidden: '' });
  search.register((state: SearchState) => {
    if (state.kind === 'idle') fieldset.hidden = true;
    if (state.kind !== 'results' && state.kind !== 'none') return;
    const shown = state.topics.filter(
      (topic) => (state.counts[topic.id] ?? 0) > 0 || search.selected.has(topic.id),
    );
    fieldset.hidden = shown.length === 0;
    fieldset.replaceChildren(
      element('legend', {}, t.filterTopics),
      ...shown.map((topic) => {
        const box = element('input', { type: 'checkbox', value: topic.id });
        box.checked = search.selected.has(topic.id);
        box.addEventListener('change', () => search.toggleTopic(topic.id, box.checked));
        return element(
          'label',
          {},
          box,
          ` ${topic[search.lang]} `,
          element('span', { class: 'count' }, `(${state.counts[topic.id] ?? 0})`),
        );
      }),
    );
  });
  return fieldset;
}

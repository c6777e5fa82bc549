import type { SearchStrings } from '../../../i18n/ui.ts';
import { PAGE_IDS } from '../../../site/anchors.ts';
import { element } from '../dom.ts';
import type { SearchInstance } from '../instance.ts';

/**
 * The search form. A text field with the searchbox role: in a search field Escape would only
 * clear the text, where readers expect it to close the dialog. Enter moves to the first result.
 */
export function searchInput(
  search: SearchInstance,
  t: SearchStrings,
  action: string,
): { form: HTMLFormElement; input: HTMLInputElement } {
  const input = element('input', {
    type: 'text',
    role: 'searchbox',
    enterkeyhint: 'search',
    name: 'q',
    id: PAGE_IDS.searchInput,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t.placeholder,
    'aria-describedby': 'search-help',
  });
  const form = element(
    'form',
    { role: 'search', class: 'search-form', action },
    element('label', { for: PAGE_IDS.searchInput, class: 'sr-only' }, t.label),
    input,
    element('p', { id: 'search-help', class: 'search-help' }, t.help),
  );
  input.addEventListener('input', () => search.search(input.value));
  search.onReplace((text) => {
    input.value = text;
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.parentElement?.querySelector<HTMLAnchorElement>('a.search-hit')?.focus();
  });
  return { form, input };
}

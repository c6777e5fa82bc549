/**
 * The whole-interview page holds its first sections; the others are a page of their own
 * (`data-later`), fetched once the first view is shown and put in place of their headings, so
 * that reading on, finding in the page and printing work as on one page.
 */
export async function loadLaterSections(placeholder: HTMLElement): Promise<void> {
  const response = await fetch(placeholder.dataset.later ?? '');
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  const later = new DOMParser().parseFromString(await response.text(), 'text/html');
  placeholder.replaceWith(...later.body.children);
}

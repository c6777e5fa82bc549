// The search dialog, opened from any page with "/", Ctrl+K or the search link.
import { element } from './dom.ts';
import { loadEngine } from './engine.ts';
import { createSearchBox, pageLang, type SearchBox } from './search-box.ts';

let dialog: Promise<{ element: HTMLDialogElement; box: SearchBox }> | undefined;
let returnFocus: HTMLElement | null = null;

async function createDialog(): Promise<{ element: HTMLDialogElement; box: SearchBox }> {
  const box = await createSearchBox(pageLang());
  const close = element('button', { type: 'button', class: 'search-close' }, box.t.close);
  const shell = element(
    'dialog',
    { class: 'search-dialog', 'aria-label': box.t.label },
    element('div', { class: 'search-bar' }, close),
    box.root,
  );
  close.addEventListener('click', () => shell.close());
  shell.addEventListener('click', (event) => {
    if (event.target === shell) shell.close();
  });
  // The close event comes a moment later: if the dialog was opened again since, keep focus.
  shell.addEventListener('close', () => {
    if (shell.open) return;
    // Focus must not stay in the closed dialog, where "/" would type instead of search.
    if (document.activeElement instanceof HTMLElement && shell.contains(document.activeElement)) {
      document.activeElement.blur();
    }
    returnFocus?.focus();
  });
  document.body.append(shell);
  return { element: shell, box };
}

/** Opens the search dialog; closing it (Escape or the button) returns focus to `trigger`. */
export async function openSearchDialog(trigger: HTMLElement | null): Promise<void> {
  void loadEngine().catch(() => undefined);
  dialog ??= createDialog();
  const { element: shell, box } = await dialog;
  returnFocus = trigger;
  if (!shell.open) shell.showModal();
  box.input.focus();
  box.input.select();
}

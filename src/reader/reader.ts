// The reader's interactions: reading mode, theme, language switch that keeps the anchor,
// copy-link and share, copying a citation, and focus on the Q&A or paragraph a link points to.
// Quoting loads on first use.
import { registerOffline } from '../offline/browser/register.ts';
import { fragmentId } from './fragment.ts';
import { isView, PREFERENCES } from './preferences.ts';
import { whenIdle } from './when-idle.ts';

const root = document.documentElement;

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private modes may refuse storage; the choice still applies to this page.
  }
}

function syncViewButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-view]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setView === root.dataset.view));
  }
}

function setView(view: string): void {
  if (!isView(view)) return;
  root.dataset.view = view;
  remember(PREFERENCES.view.key, view);
  const url = new URL(location.href);
  const { param } = PREFERENCES.view;
  if (url.searchParams.has(param)) {
    url.searchParams.set(param, view);
    history.replaceState(history.state, '', url);
  }
  syncViewButtons();
}

const darkQuery = matchMedia('(prefers-color-scheme: dark)');
const isDark = (): boolean =>
  root.dataset.theme ? root.dataset.theme === 'dark' : darkQuery.matches;

function syncThemeButton(): void {
  document.querySelector('[data-theme-toggle]')?.setAttribute('aria-pressed', String(isDark()));
}

const hashTarget = (): HTMLElement | null => {
  const id = fragmentId(location.hash);
  return id ? document.getElementById(id) : null;
};

function markTarget(): void {
  const target = hashTarget();
  if (!target?.closest('.qa')) return;
  // Focus tells assistive technology where the link led; :target shows it on screen.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

let quoting: Promise<typeof import('./quote.ts')> | undefined;
const quote = () => (quoting ??= import('./quote.ts'));
let acting: Promise<typeof import('./actions.ts')> | undefined;
const actions = () => (acting ??= import('./actions.ts'));
/** The controls actions.ts handles: copy link, copy a citation, quote a paragraph, share. */
const ACTIONS = '[data-copy],[data-copy-text],[data-quote],[data-share]';

/**
 * Whether a mouse button is down, so the quote popover can wait for the end of a drag. Kept here,
 * from the start, because the first drag is what fetches the quote code.
 */
let pressed = false;
document.addEventListener(
  'pointerdown',
  (event) => (pressed = event.pointerType === 'mouse'),
  true,
);
for (const type of ['pointerup', 'pointercancel'])
  document.addEventListener(type, () => (pressed = false), true);

/** The quote popover's code is fetched on the first selection inside an answer. */
function firstSelection(): void {
  const selection = getSelection();
  const inAnswer = (node: Node | null | undefined) => node?.parentElement?.closest('.answer');
  if (!selection || selection.isCollapsed) return;
  if (!inAnswer(selection.anchorNode) && !inAnswer(selection.focusNode)) return;
  document.removeEventListener('selectionchange', firstSelection);
  void quote().then((module) => module.watchSelection(() => pressed));
}

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');

/** Search code is fetched only now, when the reader starts to search. */
function openSearch(trigger: HTMLElement | null): void {
  if (searchPage) {
    searchPage.querySelector('input')?.focus();
    return;
  }
  void import('../search/browser/dialog.ts').then((search) => search.openSearchDialog(trigger));
}

/** Typing in a field, that is; focus can linger a moment in a dialog that just closed. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  !target.closest('dialog:not([open])') &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey) ||
    (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  if (!shortcut) return;
  event.preventDefault();
  openSearch(document.activeElement instanceof HTMLElement ? document.activeElement : null);
});

document.addEventListener('click', (event) => {
  const element = event.target instanceof Element ? event.target : null;
  const searchTrigger = element?.closest<HTMLElement>('[data-search-open]');
  if (searchTrigger) {
    event.preventDefault();
    return openSearch(searchTrigger);
  }
  const viewButton = element?.closest<HTMLElement>('[data-set-view]');
  if (viewButton?.dataset.setView) return setView(viewButton.dataset.setView);

  if (element?.closest('[data-theme-toggle]')) {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    remember(PREFERENCES.theme.key, theme);
    return syncThemeButton();
  }

  const switchLink = element?.closest<HTMLAnchorElement>('a[data-keep-hash]');
  if (switchLink) {
    switchLink.hash = location.hash;
    return;
  }

  const action = element?.closest<HTMLElement>(ACTIONS);
  if (action) void actions().then((module) => module.runAction(action, quote));
});

function revealShare(): void {
  if (!('share' in navigator)) return;
  for (const button of document.querySelectorAll<HTMLElement>('[data-share]'))
    button.hidden = false;
}

const later = document.querySelector<HTMLElement>('[data-later]');
if (later) {
  // A link to a Q&A of the later sections cannot wait for the first view to be shown.
  const linkedLater = location.hash !== '' && !hashTarget();
  const load = (): void => {
    import('./later-sections.ts')
      .then((module) => module.loadLaterSections(later))
      .then(() => {
        revealShare();
        // Navigating to the same fragment again scrolls to it and makes it the :target.
        if (linkedLater && hashTarget()) location.replace(location.href);
        markTarget();
      })
      .catch(() => later.querySelector('.no-js-only')?.classList.remove('no-js-only'));
  };
  if (linkedLater || document.readyState === 'complete') load();
  else addEventListener('load', load, { once: true });
}
revealShare();
darkQuery.addEventListener('change', syncThemeButton);
document.addEventListener('selectionchange', firstSelection);
window.addEventListener('hashchange', markTarget);
syncViewButtons();
syncThemeButton();
markTarget();
if (searchPage) {
  void import('../search/browser/page.ts').then((search) => search.mountSearchPage(searchPage));
}
const highlightQuery = new URLSearchParams(location.search).get('hl');
if (highlightQuery) {
  void import('./landing-highlight.ts').then((landing) => landing.highlightLanding(highlightQuery));
}
registerOffline();
// Fetched when the page is idle, so that the first press acts at once.
whenIdle(() => void actions());

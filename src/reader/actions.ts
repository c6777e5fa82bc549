// The Q&A's actions: copy link, share, copy a citation, quote a paragraph; and the switches that
// keep the reader's place (keep-place.ts). Kept out of the reader's first script (the first
// view's budget); reader.ts fetches this once the page is idle, or on the first press if sooner.
import { keepPlace } from './keep-place.ts';
import { isView, PREFERENCES } from './preferences.ts';

/** The mode the reader chose, by a link's ?view= or on the switch; not the page's default. */
function chosenView(): string | null {
  const { param, key } = PREFERENCES.view;
  const linked = new URLSearchParams(location.search).get(param);
  if (isView(linked)) return linked;
  try {
    const stored = localStorage.getItem(key);
    return isView(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** A Q&A page's URL as it is copied and shared: absolute, with the mode the reader chose. */
function shareUrl(path: string): string {
  const url = new URL(path, location.href);
  const view = chosenView();
  if (view) url.searchParams.set(PREFERENCES.view.param, view);
  return url.href;
}

function showStatus(button: HTMLElement, message: string): void {
  const status = button.parentElement?.querySelector('[role="status"]');
  if (status) status.textContent = message;
}

function copy(button: HTMLElement, text: string, failed: string): void {
  navigator.clipboard
    .writeText(text)
    .then(() => showStatus(button, button.dataset.copied ?? ''))
    .catch(() => showStatus(button, failed));
}

/** Does what the pressed control asks (one of reader.ts's ACTIONS). */
export function runAction(
  control: HTMLElement,
  quote: () => Promise<typeof import('./quote.ts')>,
): void {
  const { copy: link, copyText, share, failed = '' } = control.dataset;
  if (link) {
    const url = shareUrl(link);
    copy(control, url, `${failed} ${url}`);
  } else if (copyText) {
    copy(control, document.getElementById(copyText)?.textContent ?? '', failed);
  } else if (control.hasAttribute('data-quote')) {
    void quote().then((module) => module.quoteParagraph(control));
  } else if (share) {
    navigator.share({ title: document.title, url: shareUrl(share) }).catch(() => {
      // The reader closed the share sheet: nothing to do.
    });
  }
}

keepPlace();

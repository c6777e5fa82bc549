// Registers the service worker once the page has loaded and is idle, so that it costs the first
// view nothing, then wakes the "Save for offline" control. Saving itself (./save.ts) is
// fetched on the first press.
import { withBase } from '../../site/base.ts';
import { savedSuffix } from '../shared/caches.ts';

async function start(): Promise<void> {
  await navigator.serviceWorker.register(withBase('sw.js'), { scope: withBase('') });
  const control = document.querySelector<HTMLElement>('[data-offline-save]');
  const button = control?.querySelector('button');
  if (!control || !button) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'kk';
  const suffix = savedSuffix(lang, control.dataset.offlineSave ?? '');
  const keys = await caches.keys();
  button.setAttribute('aria-pressed', String(keys.some((key) => key.endsWith(suffix))));
  control.hidden = false;
  button.addEventListener('click', () => {
    void import('./save.ts').then((save) => save.toggleSaved(control, button, lang));
  });
}

/** Only in the built site: the dev server has no worker to register. */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  addEventListener(
    'load',
    () =>
      (window.requestIdleCallback ?? setTimeout)(() => {
        // Blocked (e.g. private modes, tests): the control stays hidden and pages stay online.
        start().catch(() => undefined);
      }),
    { once: true },
  );
}

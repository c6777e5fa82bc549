// Fetched once the page is idle (register.ts): registers the service worker, then wakes the
// "Save for offline" control. Saving itself (./save.ts) is fetched on the first press.
import { withBase } from '../../site/base.ts';
import { savedSuffix } from '../shared/caches.ts';

export async function activateOffline(): Promise<void> {
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

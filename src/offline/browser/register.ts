// Part of the reader's script, so kept to a few lines: once the page has loaded and is idle,
// it fetches ./activate.ts, which registers the service worker. The first view pays nothing.
import { whenIdle } from '../../reader/when-idle.ts';

/** Only in the built site: the dev server has no worker to register. */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  whenIdle(() => {
    // Blocked (e.g. private modes, tests): the control stays hidden and pages stay online.
    import('./activate.ts').then((offline) => offline.activateOffline()).catch(() => undefined);
  });
}

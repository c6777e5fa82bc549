// Part of the reader's script, so kept to a few lines: once the page has loaded and is idle,
// it fetches ./activate.ts, which registers the service worker. The first view pays nothing.

/** Only in the built site: the dev server has no worker to register. */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  addEventListener(
    'load',
    () =>
      (window.requestIdleCallback ?? setTimeout)(() => {
        // Blocked (e.g. private modes, tests): the control stays hidden and pages stay online.
        import('./activate.ts').then((offline) => offline.activateOffline()).catch(() => undefined);
      }),
    { once: true },
  );
}

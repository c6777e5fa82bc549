// Work that must not cost the first view: run once the page has loaded and the browser is idle.
export function whenIdle(work: () => void): void {
  const idle = (): void => void (window.requestIdleCallback ?? setTimeout)(work);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

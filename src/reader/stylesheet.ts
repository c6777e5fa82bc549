/**
 * Links the stylesheet of a feature that loads late (once), and resolves when it has loaded or
 * failed. Imported by URL: a stylesheet imported as a module would be linked from every page
 * (Astro gathers the CSS of a page's scripts, dynamic imports too).
 */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

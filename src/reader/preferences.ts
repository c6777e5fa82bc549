import type { Lang } from '../i18n/ui.ts';

/** The reading modes: Kazakh only, English only, or both side by side. */
export const VIEWS = ['kk', 'en', 'both'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The reader's choices: the values each may take, where it is kept in localStorage, the
 * attribute on <html> that the styles read, and (for the mode) the URL parameter of a link.
 */
export const PREFERENCES = {
  view: { values: VIEWS, storageKey: 'suhbat-view', attribute: 'data-view', param: 'view' },
  theme: { values: THEMES, storageKey: 'suhbat-theme', attribute: 'data-theme' },
} as const;

export const isView = (value: unknown): value is View =>
  (VIEWS as readonly unknown[]).includes(value);

/** The mode a reader starts in: Kazakh in the Kazakh interface, both in the English one. */
export const defaultView = (lang: Lang): View => (lang === 'kk' ? 'kk' : 'both');

/**
 * Applies the reader's choices before the first paint, so the page never flashes another
 * mode or theme: `?view=` wins (and is remembered), then the stored choice, then the page's
 * default. It is served as the blocking /scripts/prefs.js from its own source text
 * (pages/scripts/prefs.js.ts), so it may use only its argument and the browser's globals.
 */
export function applyPreferences(config: typeof PREFERENCES): void {
  const root = document.documentElement;
  const allowed = (values: readonly string[], value: string | null): value is string =>
    value !== null && values.includes(value);
  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  let view = new URLSearchParams(location.search).get(config.view.param);
  if (allowed(config.view.values, view)) {
    try {
      localStorage.setItem(config.view.storageKey, view);
    } catch {
      // Storage may be unavailable; the URL still applies to this page.
    }
  } else {
    view = read(config.view.storageKey);
  }
  if (!allowed(config.view.values, view)) view = root.getAttribute('data-default-view') ?? 'both';
  root.setAttribute(config.view.attribute, view);
  const theme = read(config.theme.storageKey);
  if (allowed(config.theme.values, theme)) root.setAttribute(config.theme.attribute, theme);
}

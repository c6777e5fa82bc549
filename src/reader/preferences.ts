import type { Lang } from '../i18n/ui.ts';
import { SCRIPT_ATTRIBUTE, SCRIPT_TWIN, SCRIPTS } from '../site/scripts.ts';

/** The reading modes: Kazakh only, English only, or both side by side. */
export const VIEWS = ['kk', 'en', 'both'] as const;
export type View = (typeof VIEWS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The reader's choices: the values each may take, where it is kept in localStorage (`key`), the
 * attribute on <html> that the styles read (`attr`), and (for the mode) the URL parameter of a
 * link. Short names: the blocking script carries them (every byte of the first view counts).
 */
export const PREFERENCES = {
  view: { values: VIEWS, key: 'suhbat-view', attr: 'data-view', param: 'view' },
  theme: { values: THEMES, key: 'suhbat-theme', attr: 'data-theme' },
} as const;

/**
 * The Kazakh script: each page is built in both (its Latin twin under latn/), and <html> says
 * which this one is (`attr`) and where the other is (`twin`). Apart from PREFERENCES, which
 * the reader's script reads: only the blocking script needs it.
 */
export const SCRIPT_CHOICE = {
  values: SCRIPTS,
  key: 'suhbat-script',
  attr: SCRIPT_ATTRIBUTE,
  twin: SCRIPT_TWIN,
  param: 'script',
} as const;

export const isView = (value: unknown): value is View =>
  (VIEWS as readonly unknown[]).includes(value);

/** The mode a reader starts in: Kazakh in the Kazakh interface, both in the English one. */
export const defaultView = (lang: Lang): View => (lang === 'kk' ? 'kk' : 'both');

/**
 * Applies the reader's choices before the first paint, so the page never flashes another
 * mode, theme or script: a choice in the URL (`?view=`, `?script=`) wins and is remembered,
 * then the stored choice, then the page's default. A page in the other script than the chosen
 * one is replaced by its twin, address kept, unless the link quotes its text (a text fragment,
 * which Chromium keeps in the URL of the navigation, the first performance entry): the quote is
 * in the script of the page linked.
 * It is served as the blocking /scripts/prefs.js from its own source text
 * (pages/scripts/prefs.js.ts), so it may use only its argument and the browser's globals.
 */
export function applyPreferences(
  config: typeof PREFERENCES,
  scriptChoice: typeof SCRIPT_CHOICE,
): void {
  const root = document.documentElement;
  // includes() is false for null: no value is one of the choices.
  const allowed = (values: readonly string[], value: string | null): value is string =>
    values.includes(value as string);
  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const chosen = (choice: typeof config.view | typeof scriptChoice): string | null => {
    let value = new URLSearchParams(location.search).get(choice.param);
    if (allowed(choice.values, value)) {
      try {
        localStorage.setItem(choice.key, value);
      } catch {
        // Storage may be unavailable; the URL still applies to this page.
      }
    } else value = read(choice.key);
    return allowed(choice.values, value) ? value : null;
  };
  root.setAttribute(
    config.view.attr,
    chosen(config.view) ?? root.getAttribute('data-default-view') ?? 'both',
  );
  const theme = read(config.theme.key);
  if (allowed(config.theme.values, theme)) root.setAttribute(config.theme.attr, theme);
  const script = chosen(scriptChoice);
  // A page without a twin (the 404 page, served for any address) stays as it is.
  const twin = root.getAttribute(scriptChoice.twin);
  if (
    twin &&
    script &&
    script !== root.getAttribute(scriptChoice.attr) &&
    !performance.getEntries()[0]?.name.includes(':~:')
  ) {
    location.replace(twin + location.search + location.hash);
  }
}

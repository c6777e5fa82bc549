import { strings, type Lang } from '../i18n/index.ts';
import { withBase } from './base.ts';
import { interfacePath } from './routes.ts';

/**
 * The installable app: one web app manifest per interface (its own id, name, start_url and
 * scope, all under the base path), the icons, and the theme colours.
 */

/** The page background of each theme (tokens.css `--bg`), for the browser's UI around the site. */
export const THEME_COLOURS = { light: '#fbfaf7', dark: '#161513' } as const;
const ACCENT = '#8a3a10';

/** The site's mark (favicon.svg): three lines of text on the accent colour. */
const MARK = `<path d="M9 11h14M9 16h14M9 21h9" stroke="${THEME_COLOURS.light}" stroke-width="2.5" stroke-linecap="round"/>`;

export interface AppIcon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
];

/**
 * An icon's SVG. The maskable one fills the whole square (the platform cuts its own shape);
 * the mark stays well inside the central circle of 80% that every mask keeps.
 */
export function iconSvg(icon: AppIcon): string {
  const corner = icon.purpose === 'maskable' ? '' : ' rx="6"';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${icon.size}" height="${icon.size}"><rect width="32" height="32"${corner} fill="${ACCENT}"/>${MARK}</svg>`;
}

export const iconPath = (icon: AppIcon, base?: string): string =>
  withBase(`icons/${icon.file}`, base);

/** Where each interface's manifest is: `/manifest.webmanifest`, `/en/manifest.webmanifest`. */
export const manifestPath = (lang: Lang, base?: string): string =>
  interfacePath(lang, 'manifest.webmanifest', base);

export function webAppManifest(lang: Lang, base?: string): Record<string, unknown> {
  const t = strings(lang);
  const start = interfacePath(lang, '', base);
  return {
    id: start,
    name: t.siteName,
    short_name: t.siteName,
    description: t.siteDescription,
    lang,
    dir: 'ltr',
    start_url: start,
    scope: start,
    display: 'standalone',
    background_color: THEME_COLOURS.light,
    theme_color: THEME_COLOURS.light,
    icons: APP_ICONS.map((icon) => ({
      src: iconPath(icon, base),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

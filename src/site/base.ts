/** The base path with exactly one trailing slash: `/`, or `/reader/` for a site in a sub-path. */
export function normaliseBase(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** Astro's `base` as set for this build (`/` outside Vite, e.g. in the search integration). */
export const BASE = normaliseBase(import.meta.env?.BASE_URL ?? '/');

/** A path under the base: `withBase('fonts/x.woff2')` is `/reader/fonts/x.woff2` under `/reader/`. */
export function withBase(path: string, base: string = BASE): string {
  return `${normaliseBase(base)}${path.replace(/^\//, '')}`;
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// Relative links resolve against this; it only lets the URL parser tell them apart.
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * Whether a link in the content may reach the page: an http, https or mailto address, or a
 * relative link. The scheme is read by the URL parser the browser uses, so tabs, character
 * references and letter case cannot hide a `javascript:` or `data:` link.
 */
export function isAllowedLink(url: string): boolean {
  try {
    return ALLOWED_SCHEMES.has(new URL(url, RELATIVE_BASE).protocol);
  } catch {
    return false;
  }
}

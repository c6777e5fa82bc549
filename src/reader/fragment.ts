/**
 * The id a URL fragment (`#…`) names, percent-decoded; '' when there is none or when it does
 * not decode (a stray `%` in a hand-typed or cut link), so that the page treats it as absent.
 */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

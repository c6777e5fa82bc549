/**
 * The text with its white space collapsed, cut at a word boundary so that it is at most `max`
 * characters including `ellipsis`; never cut before half of `max`, for text without spaces.
 */
export function truncateAtWord(text: string, max: number, ellipsis = '…'): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - ellipsis.length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}${ellipsis}`;
}

/** Whether a text shows anything: not only white space and invisible (zero-width) characters. */
export const hasVisibleText = (text: string): boolean =>
  /[^\s\p{Default_Ignorable_Code_Point}]/u.test(text);

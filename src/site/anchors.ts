import type { Lang } from '../i18n/ui.ts';

/**
 * The ids of a reader page, written once: the ids the page frame gives its own elements, and
 * the ids derived from a section's or a question's id. The content check reserves all of them
 * (library/load-interview.ts), so that no two elements of a page share an id.
 */
export const PAGE_IDS = {
  main: 'main',
  contents: 'contents',
  searchInput: 'search-input',
} as const;

/** What each page id belongs to, for the message when a content id takes it. */
export const PAGE_ID_OWNERS: Record<(typeof PAGE_IDS)[keyof typeof PAGE_IDS], string> = {
  main: "the page's main region",
  contents: "the page's table of contents",
  'search-input': 'the search field',
};

// English notes keep the ids they had before Kazakh notes were shown, so old links still work.
const notesOf = (lang: Lang): string => (lang === 'kk' ? '-kk' : '');

/** The ids of a Q&A's parts, derived from its question id. */
export const qaIds = (question: string) => ({
  title: `${question}-title`,
  paragraph: (n: number) => `${question}-${n}`,
  notes: (lang: Lang) => `${question}-notes${notesOf(lang)}`,
  note: (lang: Lang, n: number) => `${question}-note${notesOf(lang)}-${n}`,
  ref: (lang: Lang, n: number) => `${question}-ref${notesOf(lang)}-${n}`,
});

/** The id of a section's heading on the whole-interview page. */
export const sectionHeadingId = (section: string): string => `${section}-heading`;

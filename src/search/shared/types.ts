/** What the search shows of one Q&A, in the original spelling, read from a section's text file. */
export interface SearchQa {
  /** Question: Kazakh, English (empty when there is no gloss). */
  q: [string, string];
  kk: string[];
  en: string[];
}

/** A section's metadata as the search client reads it back from Pagefind. */
export interface SearchMeta {
  interview: string;
  section: string;
  title_kk: string;
  title_en: string;
}

/** A topic as the search's filters and its no-results suggestions show it. */
export interface SearchTopic {
  id: string;
  kk: string;
  en: string;
}

/** Where the search's files are, under the site's base. */
export const SEARCH_FILES = {
  pagefind: 'pagefind/pagefind.js',
  topics: 'search-data.json',
  text: (interview: string, section: string): string => `search-text/${interview}/${section}.json`,
};

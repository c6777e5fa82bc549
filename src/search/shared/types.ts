/** A topic as the search's filters and its no-results suggestions show it. */
export interface SearchTopic {
  id: string;
  kk: string;
  en: string;
  /** Other words that name it (topics.yaml): a query that is one of them offers the topic. */
  synonyms: string[];
}

/** What the search reads first, then Pagefind's list it names: `search-index/data.json`. */
export interface SearchData {
  topics: SearchTopic[];
  /** The names of each alias group (aliases.yaml); a group's number names its index token. */
  aliases: string[][];
  /** The first letters of the vocabulary's words (see build/vocabulary.ts), as one string. */
  vocabularyLetters: string;
  /** First letters whose vocabulary is split again by the second letter. */
  vocabularySplit: string[];
  /** How many search records (Pagefind pages) there are, to weigh rare words above common ones. */
  records: number;
  /** Pagefind's list of pages and index chunks (its name changes with the index), under the base. */
  index: string;
  /**
   * Every record's map in one file (named by its content), under the base: read once answers
   * are on screen and the reader pauses, so that a later search fetches no map of its own.
   */
  maps: string;
}

/** Every record's map, by its Pagefind page hash: the file `SearchData.maps` names. */
export type SearchMaps = Record<string, SearchMap>;

/** A text in Kazakh and, when there is a gloss, in English (else empty). */
export type Pair = [kk: string, en: string];

/**
 * What the words of one Pagefind page are: the page holds a few interviews, each as its header
 * (title, speaker, outlet), then per section its topics (as tokens), then per Q&A its Kazakh and
 * its English text, each followed by the section's title in that language (`searchedTexts`). Lengths are in words, as Pagefind counts positions (see segments.ts); the
 * segments follow each other in this order, so that a position tells which one it is in.
 */
export interface SearchMap {
  /** [id, header words] (the header's text is the interview's own file). */
  interviews: [id: string, words: number][];
  /** [interview, topics (their numbers in `SearchData.topics`)]: one word per topic. */
  sections: [interview: number, topics: number[]][];
  /** [section, Kazakh words, of which the question, English words, of which the question]. */
  qas: [section: number, kk: number, kkQuestion: number, en: number, enQuestion: number][];
}

/** An interview's header: `search-index/interview/<id>.json`, read when a search matches it. */
export interface SearchInterview {
  title: Pair;
  speaker: Pair;
  outlet: string;
  date: string;
}

/** The header's texts in the order its words are indexed. */
export const headerTexts = (header: SearchInterview): string[] => [
  ...header.title,
  ...header.speaker,
  header.outlet,
];

/**
 * One language of a Q&A, in the original spelling: `search-index/qa/<interview>/<n>.<lang>.json`,
 * n counting the interview's Q&As from 0 in reading order.
 */
export interface SearchQaText {
  /** The question's id, and its section's id and title in this language. */
  id: string;
  section: [id: string, title: string];
  /** The question. */
  q: string;
  /** The answer's paragraphs. */
  p: string[];
  /** Its footnotes. */
  n: string[];
}

/** The two folders every file of the search is in, under the site's base: Pagefind's and ours. */
export const SEARCH_ROOTS = { pagefind: 'pagefind/', ours: 'search-index/' } as const;

/** The folders of the search's files, for saving them offline (offline/build/save-lists.ts). */
export const SEARCH_FOLDERS = {
  map: `${SEARCH_ROOTS.ours}map/`,
  vocabulary: `${SEARCH_ROOTS.ours}vocabulary/`,
  qa: (interview: string): string => `${SEARCH_ROOTS.ours}qa/${interview}/`,
};

/** Where the search's files are, under the site's base. */
export const SEARCH_FILES = {
  /** A chunk of Pagefind's index, by its hash. */
  chunk: (hash: string): string => `${SEARCH_ROOTS.pagefind}index/${hash}.pf_index`,
  data: `${SEARCH_ROOTS.ours}data.json`,
  map: (page: string): string => `${SEARCH_FOLDERS.map}${page}.json`,
  /** Every map in one file, named by its content's hash (a page hash has an underscore). */
  maps: (hash: string): string => `${SEARCH_FOLDERS.map}all-${hash}.json`,
  interview: (id: string): string => `${SEARCH_ROOTS.ours}interview/${id}.json`,
  qa: (interview: string, n: number, lang: 'kk' | 'en'): string =>
    `${SEARCH_FOLDERS.qa(interview)}${n}.${lang}.json`,
  /** Named by the code points of the word start, which keeps file names ASCII. */
  vocabulary: (start: string): string =>
    `${SEARCH_FOLDERS.vocabulary}${[...start].map((c) => c.codePointAt(0)?.toString(16)).join('-')}.txt`,
};

/** The texts of a Q&A language in the order its words are indexed. */
export const qaTexts = (text: SearchQaText): string[] => [text.q, ...text.p, ...text.n];

/**
 * The texts of a Q&A language as they are indexed and checked: its own, then its section's
 * title, so that a word only in the title finds the section's Q&As. Marks count texts the
 * same way; the title (last) is never part of an excerpt.
 */
export const searchedTexts = (text: SearchQaText): string[] => [...qaTexts(text), text.section[1]];

import type { Script } from '../site/scripts.ts';
import type { View } from '../reader/preferences.ts';

/** The two interface languages: Kazakh at the site root, English under /en/. */
export type Lang = 'kk' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'en'];

/** The parts of a YYYY-MM-DD date, for the dictionaries' date formats. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

/** The other interface's language. */
export const otherLang = (lang: Lang): Lang => (lang === 'kk' ? 'en' : 'kk');

/**
 * The names on the Kazakh script switch, the same in both interfaces: each is written in its
 * own script (kk-Cyrl, kk-Latn), as a language switch writes each language in itself.
 */
export const SCRIPT_NAMES: Record<Script, string> = { cyrl: 'Кирил', latn: 'Latyn' };

/** The search client's strings. */
export interface SearchStrings {
  label: string;
  placeholder: string;
  close: string;
  /** What is on screen; `more` when "show more" may add answers, so that it is not read as all. */
  results: (hits: number, sections: number, more: boolean) => string;
  noResults: (query: string) => string;
  more: string;
  tryTopics: string;
  filterTopics: string;
  /** Tag on a hit whose words matched only in this language. */
  matchIn: (lang: Lang) => string;
  loading: string;
  failed: string;
  // Search that never misleads (issue 11): how to search, near matches, "Did you mean".
  /** Under the field: words in any form, phrases in quotes. */
  help: string;
  /** Tag on a hit that matched within one letter of the query. */
  near: string;
  /** Before the corrected query, which is a button that searches it. */
  didYouMean: string;
  /** Before the links to the topics a query names ("Middle East"). */
  namedTopics: (count: number) => string;
}

/** Every UI string; each language's dictionary must provide all of them. */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipToContent: string;
  mainNav: string;
  viewLabel: string;
  /** The reading modes' names on the mode switch. */
  views: Record<View, string>;
  /** The Kazakh script switch: the name of its group of links. */
  scriptLabel: string;
  /** Link text of the switch to the other interface, written in that language. */
  otherInterface: string;
  darkTheme: string;
  contents: string;
  questionCount: (n: number) => string;
  topics: string;
  topicsIntro: string;
  topicQaCount: (n: number) => string;
  speaker: string;
  published: string;
  outlet: string;
  source: string;
  translationNote: string;
  noGloss: string;
  question: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  share: string;
  questionPermalink: string;
  paragraphLink: (n: number) => string;
  /** The heading of the notes on the text in each language. */
  notesOn: Record<Lang, string>;
  backToText: string;
  sectionNav: string;
  previousSection: string;
  nextSection: string;
  wholeInterview: string;
  readWholeInterview: string;
  openSection: string;
  breadcrumb: string;
  home: string;
  editorialTitle: string;
  interviews: string;
  formatDate: (iso: string) => string;
  // The corrections log: the note on a corrected Q&A and the list on the whole-interview page.
  corrections: string;
  correctionsIntro: string;
  /** The note on a Q&A whose English gloss was corrected, with the date of the last change. */
  glossCorrected: (iso: string) => string;
  /** Which text an entry changed: the English gloss, or the Kazakh (a normalisation). */
  correctedText: Record<Lang, string>;
  whatChanged: string;
  whyChanged: string;
  lastCorrected: string;
  // The whole-interview page serves its first sections, and the rest after the first view.
  laterSections: string;
  /** The search link and page heading. */
  search: string;
  searchNeedsJs: string;
  /** What the search client shows; the browser loads only these, for the interface in use. */
  searchUi: SearchStrings;
  /** Offline reading, feeds and data files ({size}, {done}, {total}: kilobytes). */
  feedTitle: string;
  dataHeading: string;
  dataJson: string;
  dataText: Record<Lang, string>;
  offlineSave: string;
  offlineProgress: string;
  offlineSaved: string;
  offlineRemoved: string;
  offlineFailed: string;
  offlineStale: string;
  offlineTitle: string;
  offlineText: string;
  offlineNone: string;
  // Sharing one Q&A: its page, preview cards, quotes and citations (issue 10).
  /** The kind of page a preview card shows, on the card. */
  cardSection: string;
  readInContext: string;
  questionNav: string;
  previousQuestion: string;
  nextQuestion: string;
  cite: string;
  citePlain: string;
  copyCitation: string;
  copyBibtex: string;
  copied: string;
  copyTextFailed: string;
  quoteActions: string;
  copyQuote: string;
  copyWithTranslation: string;
  quoteCopied: string;
  quoteParagraph: (n: number) => string;
  /** Citation parts: the interview, the Kazakh text's publisher, the gloss, the access date. */
  interviewWith: (outlet: string) => string;
  kazakhTextBy: (source: string) => string;
  glossNote: (siteName: string) => string;
  unofficialTranslation: string;
  accessed: string;
}

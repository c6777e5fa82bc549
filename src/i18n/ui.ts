/** The two interface languages: Kazakh at the site root, English under /en/. */
export type Lang = 'kk' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'en'];

/** A reading mode: one language, or both side by side. */
export type View = 'kk' | 'en' | 'both';

/** Every UI string; each language's dictionary must provide all of them. */
export interface UiStrings {
  siteName: string;
  siteDescription: string;
  skipToContent: string;
  mainNav: string;
  viewLabel: string;
  viewKk: string;
  viewEn: string;
  viewBoth: string;
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
  notes: string;
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
  search: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchClose: string;
  searchResults: (hits: number, sections: number) => string;
  searchNoResults: (query: string) => string;
  searchMore: (sections: number) => string;
  searchTryTopics: string;
  searchFilterTopics: string;
  /** Tag on a hit whose words matched only in this language. */
  searchMatchIn: (lang: Lang) => string;
  searchLoading: string;
  searchFailed: string;
  searchNeedsJs: string;
}

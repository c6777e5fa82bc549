import { searchUi } from './en.search.ts';
import { dateParts, type UiStrings } from './ui.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const formatDate = (iso: string): string => {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
};

export const en: UiStrings = {
  siteName: 'Suhbat',
  siteDescription: 'Long interviews in the Kazakh original, with an English gloss.',
  skipToContent: 'Skip to the text',
  mainNav: 'Site',
  viewLabel: 'Reading language',
  views: { kk: 'Kazakh', en: 'English', both: 'Both' },
  otherInterface: 'Қазақша',
  darkTheme: 'Dark theme',
  contents: 'Contents',
  questionCount: (n) => (n === 1 ? '1 question' : `${n} questions`),
  topics: 'Topics',
  topicsIntro: 'Questions and answers by topic.',
  topicQaCount: (n) => (n === 1 ? '1 question and answer' : `${n} questions and answers`),
  speaker: 'Interviewee',
  published: 'Published',
  outlet: 'Outlet',
  source: 'Kazakh text',
  translationNote: 'The English text is an unofficial translation.',
  noGloss: 'There is no English gloss of this answer yet; the Kazakh original is shown.',
  question: 'Question',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy. The link is:',
  share: 'Share',
  questionPermalink: 'Link to this question',
  paragraphLink: (n) => `Link to paragraph ${n}`,
  notesOn: { kk: 'Notes on the Kazakh text', en: 'Notes on the English text' },
  backToText: 'Back to the text',
  sectionNav: 'Sections',
  previousSection: 'Previous section',
  nextSection: 'Next section',
  wholeInterview: 'Whole interview',
  readWholeInterview: 'Read the whole interview',
  openSection: 'Open this section on its own page',
  breadcrumb: 'You are here',
  home: 'Home',
  editorialTitle: 'Title added by the editors',
  interviews: 'Interviews',
  formatDate,
  corrections: 'Corrections',
  correctionsIntro:
    'What was changed in the text, and why, newest first. The Kazakh text is the speaker’s words and is never corrected: the only changes to it are the documented normalisations made when it was imported.',
  glossCorrected: (iso) => `Translation corrected ${formatDate(iso)}`,
  correctedText: { en: 'English translation', kk: 'Kazakh text, normalised on import' },
  whatChanged: 'What changed',
  whyChanged: 'Why',
  lastCorrected: 'Last corrected',
  laterSections:
    'The other sections of this page load with JavaScript; each one also opens on its own page.',
  search: 'Search',
  searchNeedsJs: 'Search needs JavaScript in your browser. You can browse the topics instead.',
  searchUi,
};

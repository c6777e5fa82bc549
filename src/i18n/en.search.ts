import type { SearchStrings } from './ui.ts';

/** The search client's strings, loaded by the browser only in the English interface. */
export const searchUi: SearchStrings = {
  label: 'Search the interviews',
  placeholder: 'e.g. Greenland, Trump, Abraham Accords',
  close: 'Close',
  results: (hits, sections, more) =>
    `${more ? 'The first ' : ''}${hits} ${hits === 1 ? 'answer' : 'answers'} in ${sections} ${sections === 1 ? 'section' : 'sections'}${more ? '; more below' : ''}`,
  noResults: (query) => `Nothing found for “${query}”.`,
  more: 'Show more answers',
  tryTopics: 'Try other words, or pick a topic:',
  filterTopics: 'Filter by topic',
  matchIn: (lang) => (lang === 'en' ? 'in the English text' : 'in the Kazakh text'),
  loading: 'Loading the search index…',
  failed: 'Search could not load. Try reloading the page.',
  // Search that never misleads (issue 11)
  help: 'Kazakh, in Cyrillic or Latin letters, or English, any word form. Put "words in quotes" to find them as written, in that order.',
  near: 'near match',
  didYouMean: 'Did you mean:',
  namedTopics: (count) => (count === 1 ? 'Topic:' : 'Topics:'),
};

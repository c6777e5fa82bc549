// The topics a query names: "Middle East", "Таяу Шығыс" or a synonym from topics.yaml ("Gaza",
// "Trump"). The text of a Q&A need not hold a topic's name ("Middle East" is in no answer), so the
// search offers the topic beside its results, or in place of "nothing found".
import { matchWord } from './match.ts';
import { isStopWord, type Query } from './query.ts';
import { tokens } from './text.ts';
import type { SearchTopic } from './types.ts';

/** Under this many letters, a query word names a topic only as its whole word ("US", "UN"). */
const MIN_START = 3;

/** A name's words as a query sees them: its stop words dropped ("rule of law" is "rule law"). */
const nameWords = (name: string) =>
  tokens(name).filter((token) => !isStopWord(token.forms.at(-1)?.form ?? ''));

/**
 * Whether the query's words are a topic's name word for word, in order, each matching as the
 * search's check does (a Kazakh form, an English stem; the last one typed may be a start).
 */
function names(query: Query, name: string): boolean {
  const words = nameWords(name);
  return (
    query.phrases.length === 0 &&
    words.length === query.terms.length &&
    query.terms.every((term, i) => {
      const word = words[i];
      if (!word) return false;
      if ([...term.word].length < MIN_START) return word.forms.some((f) => f.form === term.word);
      return matchWord(term, word) !== null;
    })
  );
}

/** The topics whose label, in either language, or a synonym the query is. */
export const namedTopics = (query: Query, topics: SearchTopic[]): SearchTopic[] =>
  topics.filter((topic) => [topic.kk, topic.en, ...topic.synonyms].some((n) => names(query, n)));

import { describe, expect, it } from 'vitest';
import { namedTopics } from '../../../src/search/shared/named-topics.ts';
import { parseQuery } from '../../../src/search/shared/query.ts';
import type { SearchTopic } from '../../../src/search/shared/types.ts';

const TOPICS: SearchTopic[] = [
  { id: 'middle-east', kk: 'Таяу Шығыс', en: 'Middle East', synonyms: ['Gaza', 'Израиль'] },
  { id: 'rule-of-law', kk: 'Заң және тәртіп', en: 'Law and order', synonyms: ['rule of law'] },
  { id: 'united-states', kk: 'АҚШ', en: 'United States', synonyms: ['US', 'Trump'] },
];

const named = (query: string) => namedTopics(parseQuery(query), TOPICS).map((t) => t.id);

describe('the topics a query names', () => {
  it.each([
    ['Middle East', 'middle-east'],
    ['middle east', 'middle-east'],
    ['Таяу Шығыс', 'middle-east'],
    ['таяу шыгыс', 'middle-east'],
    // A Kazakh form, an English stem, the last word on its way.
    ['Таяу Шығыстағы', 'middle-east'],
    ['Middle Eas', 'middle-east'],
    ['Израиль', 'middle-east'],
    ['Gaza', 'middle-east'],
    ['rule of law', 'rule-of-law'],
    ['law and order', 'rule-of-law'],
    ['US', 'united-states'],
    ['United States', 'united-states'],
    ['Trump', 'united-states'],
  ])('%s names %s', (query, topic) => {
    expect(named(query)).toEqual([topic]);
  });

  it.each([
    // Part of a name, more words than it, another order, a quoted phrase.
    ['Middle'],
    ['East'],
    ['Middle East peace'],
    ['East Middle'],
    ['"Middle East"'],
    // A short word names a topic only as a whole word.
    ['Middle Ea'],
    ['Ga'],
    ['Un'],
    ['law'],
  ])('%s names no topic', (query) => {
    expect(named(query)).toEqual([]);
  });
});

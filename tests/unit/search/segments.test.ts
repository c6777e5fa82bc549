import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/search/shared/query.ts';
import {
  aliasExpander,
  aliasToken,
  nameRules,
  namesStartedBy,
  indexedSegment,
  segmentWords,
} from '../../../src/search/shared/segments.ts';

const rules = nameRules([
  ['Tokayev', 'Тоқаев', 'Токаев'],
  ['UN', 'БҰҰ', 'ООН'],
  ['US', 'USA', 'U.S.', 'АҚШ', 'США'],
]);

describe('the alias table in the index and the query', () => {
  it('adds the group token after a segment naming any name, inflected names too', () => {
    expect(indexedSegment(['Тоқаевтың сөзі'], rules).content).toBe(
      'Токаевтын созі zqa0q'.replace('і', 'и'),
    );
    expect(indexedSegment(['the UN Charter'], rules).content).toContain(aliasToken(1));
    expect(indexedSegment(['Америка АҚШ-тағы'], rules).content).toContain(aliasToken(2));
  });

  it("leaves out the tokens of the groups held elsewhere (the Q&A's Kazakh segment)", () => {
    const held = new Set([0]);
    expect(indexedSegment(['Tokayev and the UN'], rules, [], held).content).toBe(
      `Tokayev and the UN ${aliasToken(1)}`,
    );
    const segment = indexedSegment(['Tokayev and the UN'], rules, [], held);
    // Both groups are named; the count is of the words indexed, the one token included.
    expect(segment.groups).toEqual(new Set([0, 1]));
    expect(segment.count).toBe(5);
  });

  it('matches a name in capitals only in capitals: "us" is not the US', () => {
    expect(indexedSegment(['let us talk'], rules).content).not.toContain('zqa');
    expect(indexedSegment(['the U.S. said'], rules).content).toContain(aliasToken(2));
  });

  it("counts the tokens as words of the segment, as Pagefind does, after its texts' words", () => {
    const text = 'the UN Charter';
    const segment = indexedSegment([text], rules, [3]);
    const indexed = segment.content.split(' ');
    expect(indexed).toEqual(['the', 'UN', 'Charter', aliasToken(1), 'zqt3q']);
    expect(segment.count).toBe(indexed.length);
    // What the browser reads back: the texts' words, at the positions the index gave them.
    const words = segmentWords([text]);
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(indexed.slice(0, 3));
  });

  it('expands a query name, in any script or form, to its group', () => {
    const expand = aliasExpander(rules);
    const groupOf = (input: string) =>
      parseQuery(input, [expand]).terms[0]?.alternatives.filter((a) => a.kind === 'token');
    expect(groupOf('Токаев')).toEqual([{ kind: 'token', search: aliasToken(0) }]);
    expect(groupOf('Tokayev')).toEqual([{ kind: 'token', search: aliasToken(0) }]);
    expect(groupOf('ООН')).toEqual([{ kind: 'token', search: aliasToken(1) }]);
    expect(groupOf('США')).toEqual([{ kind: 'token', search: aliasToken(2) }]);
    expect(groupOf('Greenland')).toEqual([]);
  });

  it('tells the names a query word of four letters or more lacks at most two letters of', () => {
    const withCountry = nameRules([
      ['Tokayev', 'Тоқаев', 'Токаев'],
      ['Kazakhstan', 'Қазақстан'],
    ]);
    const started = (input: string) =>
      namesStartedBy(parseQuery(input).terms[0]?.word ?? '', withCountry);
    expect(started('Тока')).toEqual([0]);
    expect(started('Tokay')).toEqual([0]);
    expect(started('Toka')).toEqual([]);
    expect(started('Тоқае')).toEqual([0]);
    expect(started('Kazakhst')).toEqual([1]);
    // Three letters are too broad a start, a word far from the name may be a word of its own,
    // and a whole name, or a word past it, is expanded instead.
    expect(started('Ток')).toEqual([]);
    expect(started('Қазақ')).toEqual([]);
    expect(started('Токаев')).toEqual([]);
    expect(started('Токаевтың')).toEqual([]);
    expect(started('Тоқсан')).toEqual([]);
  });
});

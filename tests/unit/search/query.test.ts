import { describe, expect, it } from 'vitest';
import {
  englishPrefix,
  parseQuery,
  querySearches,
  waitsForPause,
} from '../../../src/search/shared/query.ts';
import { matchForm } from '../../../src/search/shared/match.ts';

const searches = (input: string): string[][] =>
  parseQuery(input).terms.map((term) => term.alternatives.map((a) => a.search));

describe('English words in any form', () => {
  // What Pagefind is asked, and the words the check accepts: the typed word's start is exact,
  // the same Porter stem a stem match, anything else no match.
  it.each([
    ['invested', 'invest', 'investment', 'stem'],
    ['strengthened', 'strengthen', 'strengthening', 'stem'],
    ['constitutions', 'constitut', 'constitution', 'stem'],
    ['countries', 'countr', 'country', 'stem'],
    ['negotiated', 'negot', 'negotiations', 'stem'],
    ['accords', 'accord', 'accords', 'exact'],
    ['signed', 'sign', 'significant', null],
    ['parties', 'part', 'partial', null],
  ])('"%s" searches "%s"; "%s" is a %s match', (typed, prefix, word, kind) => {
    expect(englishPrefix(typed)).toBe(prefix);
    const [term] = parseQuery(typed).terms;
    const alternative = term?.alternatives[0];
    if (!alternative) throw new Error('no alternative');
    expect(matchForm(alternative, word)).toBe(kind);
  });
});

describe('Kazakh words in any form', () => {
  // A Kazakh query word is searched by its stem; the check takes a word that starts with the word
  // as typed (it may be typed in part), or is the stem followed by endings only.
  it.each([
    ['Газаға', 'газанын', 'exact'],
    ['Газаға', 'газа', 'exact'],
    ['секторына', 'секторында', 'exact'],
    ['инвестицияларды', 'инвестициялык', 'exact'],
    ['Қазақстанда', 'казакстан', 'exact'],
    ['Гренла', 'гренландиянын', 'exact'],
    ['Астана', 'астам', null],
    ['Алматы', 'алмагайып', null],
    ['Алматы', 'алмастыруды', null],
    ['Сауди', 'сауда', null],
    ['реформы', 'реформа', 'exact'],
    ['инвестиции', 'инвестиция', 'exact'],
  ])('"%s" matches "%s": %s', (typed, word, kind) => {
    const alternative = parseQuery(typed).terms[0]?.alternatives[0];
    if (!alternative) throw new Error('no alternative');
    expect(matchForm(alternative, word)).toBe(kind);
  });
});

describe('parsing a query', () => {
  it('stems Kazakh words and folds them', () => {
    expect(searches('Гренландияға')).toEqual([['гренландия']]);
    expect(searches('ТРАМПТЫҢ')).toEqual([['трамп']]);
  });

  it('searches a joined word by its parts, less a Kazakh ending; digit groups and initials whole', () => {
    // Each part is stemmed as a Kazakh word ("-стан" reads as an ablative ending; the prefix still finds it).
    expect(searches('Қазақстан-Түрікменстан')).toEqual([['казакс'], ['турикменс']]);
    expect(searches('Kazakhstan–Afghanistan')).toEqual([['kazakhstan'], ['afghanistan']]);
    expect(searches('АҚШ-қа')).toEqual([['акш']]);
    expect(searches('2 803')).toEqual([['2803']]);
    expect(parseQuery('U.S.').terms.map((t) => t.word)).toEqual(['us']);
  });

  it('searches a word its capitals alone split as one word, as typed', () => {
    const words = (query: string) => parseQuery(query).terms.map((t) => t.word);
    // Shift held a letter too long, a Latin spelling of "АҚШ", a name written so.
    expect(words('GReenland')).toEqual(['greenland']);
    expect(words('TRump')).toEqual(['trump']);
    expect(words('AQSh')).toEqual(['aqsh']);
    expect(words('McDonald')).toEqual(['mcdonald']);
    // Split by punctuation or by digits, a word is still searched by its parts.
    expect(words('McDonald-Gaza')).toEqual(['mc', 'donald', 'gaza']);
    expect(words('COVID19')).toEqual(['covid', '19']);
  });

  it('leaves out stop words and single letters when there is more', () => {
    expect(parseQuery('the Board of Peace').terms.map((t) => t.word)).toEqual(['board', 'peace']);
    expect(parseQuery('the').terms.map((t) => t.word)).toEqual(['the']);
    expect(parseQuery('a Gaza').terms.map((t) => t.word)).toEqual(['gaza']);
  });

  it('keeps quoted words as a phrase, whole and in order', () => {
    expect(parseQuery('"Board of Peace" UN')).toMatchObject({
      phrases: [['board', 'of', 'peace']],
      terms: [{ word: 'un' }],
    });
    expect(parseQuery('«Бейбітшілік кеңесі»').phrases).toEqual([['беибитшилик', 'кенеси']]);
  });

  it('matches short Latin words only whole: "us" is not "use"', () => {
    const [term] = parseQuery('us').terms;
    const alternative = term?.alternatives[0];
    if (!alternative) throw new Error('no alternative');
    expect(matchForm(alternative, 'us')).toBe('exact');
    expect(matchForm(alternative, 'use')).toBeNull();
  });
});

describe('what a query asks Pagefind, and whether it waits for a pause in typing', () => {
  it("asks for its words' alternatives and its phrases' words but their stop words", () => {
    expect(querySearches(parseQuery('"Board of Peace" Gaza'))).toEqual(['gaza', 'board', 'peace']);
    expect(querySearches(parseQuery('"of the"'))).toEqual(['of', 'the']);
  });

  it.each([
    ['Г', true],
    ['Гр', true],
    ['Гре', false],
    ['Гренландия ке', true],
    ['Gaza us', true],
    ['the', true],
    ['және', true],
    ['"of the"', true],
    ['the Abraham', false],
    ['Board of Peace', false],
    ['"Board of Peace"', false],
    ['Trump in Davos', false],
    ['Гренландия мен', false],
    ['Gaza a', false],
  ])('"%s" waits: %s', (text, waits) => {
    expect(waitsForPause(parseQuery(text), () => 1)).toBe(waits);
  });

  // At 1,000 interviews "каз" fills 7 chunks, "газ" 1: a three-letter start waits when it fills
  // more than one, and a longer start never waits for its chunks.
  it.each([
    ['Қаз', { каз: 7 }, true],
    ['Қаз', { каз: 1 }, false],
    ['Kaz', { kaz: 2 }, true],
    ['Газ', { газ: 1 }, false],
    ['Қаза', { каза: 4 }, false],
    ['Гренландия каз', { гренландия: 1, каз: 7 }, true],
  ])('"%s" with chunks %j waits: %s', (text, counts, waits) => {
    const chunkCount = (search: string): number => (counts as Record<string, number>)[search] ?? 0;
    expect(waitsForPause(parseQuery(text), chunkCount)).toBe(waits);
  });
});

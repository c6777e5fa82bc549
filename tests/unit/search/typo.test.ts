import { describe, expect, it } from 'vitest';
import { nearPrefix, suggest, withinOne } from '../../../src/search/shared/typo.ts';

describe('one wrong, missing, extra or swapped letter', () => {
  it.each([
    ['greenlnad', 'greenland'],
    ['acords', 'accords'],
    ['sharrif', 'sharif'],
    ['ибраим', 'ибрахим'],
    ['трапм', 'трамп'],
    ['greenlend', 'greenland'],
  ])('%s is within one edit of %s', (typed, word) => {
    expect(withinOne(typed, word)).toBe(true);
  });

  it.each([
    ['grenlnad', 'greenland'],
    ['trump', 'tramp'.slice(0, 3)],
    ['abcdef', 'badcef'],
  ])('%s is not within one edit of %s', (typed, word) => {
    expect(withinOne(typed, word)).toBe(false);
  });

  it('matches the start of a longer word, only for words of five letters or more', () => {
    expect(nearPrefix('greenlnad', 'greenlands')).toBe('greenland');
    expect(nearPrefix('трапм', 'трамптын')).toBe('трамп');
    expect(nearPrefix('trmp', 'trump')).toBeNull();
  });

  it('takes the longest start within one edit: a missing letter names the whole word', () => {
    expect(nearPrefix('pakistn', 'pakistan')).toBe('pakistan');
    expect(nearPrefix('kazakhstn', 'kazakhstandy')).toBe('kazakhstan');
    expect(nearPrefix('endeavor', 'endeavour')).toBe('endeavour');
    expect(nearPrefix('пәкістн', 'пәкістанның')).toBe('пәкістан');
    expect(nearPrefix('greenlamd', 'greenlands')).toBe('greenland');
  });

  it('never takes a start of under five letters: another word, not a typo', () => {
    expect(nearPrefix('wheat', 'what')).toBeNull();
    expect(nearPrefix('ruble', 'rule')).toBeNull();
    expect(nearPrefix('train', 'transport')).toBeNull();
    expect(nearPrefix('acords', 'accords')).toBe('accords');
  });

  it('suggests the most frequent word within one edit, never the word itself', () => {
    const vocabulary: [string, number][] = [
      ['accord', 1],
      ['accords', 3],
      ['acorn', 9],
    ];
    expect(suggest('acords', vocabulary)).toEqual({ prefix: 'accords', word: 'accords' });
    expect(suggest('zebra', vocabulary)).toBeNull();
    expect(suggest('accords', [['accords', 3]])).toBeNull();
  });

  it('suggests only a whole word within one edit when asked to', () => {
    const vocabulary: [string, number][] = [
      ['алмастыруды', 5],
      ['пакистан', 2],
      ['пакистанмен', 1],
    ];
    expect(suggest('алматы', vocabulary)).toEqual({ prefix: 'алмасты', word: 'алмастыруды' });
    expect(suggest('алматы', vocabulary, { whole: true })).toBeNull();
    expect(suggest('пакистн', vocabulary, { whole: true })).toEqual({
      prefix: 'пакистан',
      word: 'пакистан',
    });
  });
});

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
});

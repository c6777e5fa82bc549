import { describe, expect, it } from 'vitest';
import {
  KAZAKH_ALPHABET,
  KAZAKH_LETTERS,
  KAZAKH_SPECIFIC,
  LATIN_SPECIFIC,
  latinUpper,
  letterMap,
} from '../../../src/kazakh/alphabet.ts';

describe('the Kazakh alphabet table', () => {
  it('has the 42 letters of the Cyrillic alphabet, in order, each once', () => {
    expect(KAZAKH_ALPHABET.map((entry) => entry.letter).join('')).toBe(
      'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
    );
  });

  it('has the nine letters Russian lacks, each once', () => {
    expect(KAZAKH_LETTERS.map((entry) => entry.letter).join('')).toBe('әғқңөұүһі');
    expect(KAZAKH_SPECIFIC).toBe('әғқңөұүһіӘҒҚҢӨҰҮҺІ');
  });

  it('maps each letter, in both cases, to what a Russian keyboard types', () => {
    const russian = letterMap('russian');
    expect([...'әғқңөұүһі'].map((c) => russian[c]).join('')).toBe('агкноуухи');
    expect([...'ӘҒҚҢӨҰҮҺІ'].map((c) => russian[c]).join('')).toBe('АГКНОУУХИ');
    expect(Object.keys(russian)).toHaveLength(18);
  });

  it('maps each letter to a plain ASCII letter for URL ids', () => {
    const ascii = letterMap('ascii');
    expect([...'әғқңөұүһі'].map((c) => ascii[c]).join('')).toBe('agqnouuhi');
    expect(Object.values(ascii).every((letter) => /^[a-zA-Z]$/.test(letter))).toBe(true);
  });

  it('gives the 2021 Latin letters of the official table (January 2021, Ñ from April 2021)', () => {
    const latin = Object.fromEntries(KAZAKH_ALPHABET.map((e) => [e.letter, e.latin]));
    const official =
      'а a ә ä б b в v г g ғ ğ д d е e ж j з z и i й i к k қ q л l м m н n ң ñ о o ө ö п p р r с s т t у u ұ ū ү ü ф f х h һ h ш ş ы y і ı';
    const pairs = official.split(' ');
    for (let i = 0; i < pairs.length; i += 2) {
      expect(latin[pairs[i] ?? ''], pairs[i]).toBe(pairs[i + 1]);
    }
    const loans = KAZAKH_ALPHABET.filter((e) => 'loan' in e).map((e) => e.letter);
    expect(loans.join('')).toBe('ёцчщъьэюя');
  });

  it('writes the letters it has no official letter for with the 31 letters only', () => {
    const letters = new Set('aäbdefgğhıijklmnñoöpqrsştuūüvyz');
    const used = KAZAKH_ALPHABET.flatMap((e) => [...e.latin]);
    expect(used.filter((c) => !letters.has(c))).toEqual([]);
  });

  it('has capitals of its own: i/İ and ı/I are two pairs', () => {
    expect(latinUpper('iı')).toBe('İI');
    expect(latinUpper('tş ñ ū')).toBe('TŞ Ñ Ū');
  });

  it('lists the Latin letters outside ASCII in both cases, for the font', () => {
    expect([...LATIN_SPECIFIC].sort().join('')).toBe([...'äğıñöşūüÄĞİÑÖŞŪÜ'].sort().join(''));
  });
});

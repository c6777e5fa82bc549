import { describe, expect, it } from 'vitest';
import { KAZAKH_LETTERS, KAZAKH_SPECIFIC, letterMap } from '../../../src/kazakh/alphabet.ts';

describe('the Kazakh alphabet table', () => {
  it('has the nine letters Russian lacks, each once', () => {
    expect(KAZAKH_LETTERS.map((entry) => entry.letter).join('')).toBe('әғқңөұүһі');
    expect(KAZAKH_SPECIFIC).toBe('әғқңөұүһіӘҒҚҢӨҰҮҺІ');
  });

  it('maps each letter, in both cases, to what a Russian keyboard types', () => {
    const russian = letterMap('russian');
    expect([...'әғқңөұүһі'].map((c) => russian[c]).join('')).toBe('агкноуухи');
    expect([...'ӘҒҚҢӨҰҮҺІ'].map((c) => russian[c]).join('')).toBe('АГКНОУУХИ');
  });

  it('maps each letter to a plain ASCII letter for URL ids', () => {
    const ascii = letterMap('ascii');
    expect([...'әғқңөұүһі'].map((c) => ascii[c]).join('')).toBe('agqnouuhi');
    expect(Object.values(ascii).every((letter) => /^[a-zA-Z]$/.test(letter))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../src/search/shared/sorted.ts';

describe('lowerBound', () => {
  const words = ['абай', 'газа', 'гренландия', 'гренландияны', 'трамп'];

  it('finds the first word not before the one asked, held or not', () => {
    expect(lowerBound(words, 'гренландия')).toBe(2);
    expect(lowerBound(words, 'грен')).toBe(2);
    expect(lowerBound(words, 'гренландиян')).toBe(3);
    expect(lowerBound(words, 'а')).toBe(0);
  });

  it('is the length of the list past its last word, and 0 in an empty list', () => {
    expect(lowerBound(words, 'я')).toBe(words.length);
    expect(lowerBound([], 'газа')).toBe(0);
  });
});

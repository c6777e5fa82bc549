import { describe, expect, it } from 'vitest';
import { firstWhere, lowerBound } from '../../../src/search/shared/sorted.ts';

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

describe('firstWhere', () => {
  const numbers = [1, 3, 3, 5, 8, 13];

  it('finds the first index where a test that fails then holds starts holding', () => {
    expect(firstWhere(numbers.length, (i) => (numbers[i] ?? 0) >= 3)).toBe(1);
    expect(firstWhere(numbers.length, (i) => (numbers[i] ?? 0) > 3)).toBe(3);
    expect(firstWhere(numbers.length, (i) => (numbers[i] ?? 0) > 0)).toBe(0);
  });

  it('is the count when the test never holds, and 0 for an empty list', () => {
    expect(firstWhere(numbers.length, (i) => (numbers[i] ?? 0) > 13)).toBe(numbers.length);
    expect(firstWhere(0, () => true)).toBe(0);
  });

  it('asks the test about as many times as the list has halvings, not once per item', () => {
    let asked = 0;
    expect(firstWhere(1_000, (i) => (asked++, i >= 700))).toBe(700);
    expect(asked).toBeLessThanOrEqual(11);
  });
});

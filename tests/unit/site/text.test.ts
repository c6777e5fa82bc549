import { describe, expect, it } from 'vitest';
import { hasVisibleText, truncateAtWord } from '../../../src/site/text.ts';

describe('truncateAtWord', () => {
  it('leaves a short text as it is, with its white space collapsed', () => {
    expect(truncateAtWord('  Бір   екі\nүш ', 20)).toBe('Бір екі үш');
  });

  it('cuts at the last word boundary that fits, ellipsis included', () => {
    const cut = truncateAtWord('Гренландия аумағына әскери оккупация жасалуы мүмкін', 30);
    expect(cut).toBe('Гренландия аумағына әскери…');
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(truncateAtWord('one two three four', 12, ' …')).toBe('one two …');
  });

  it('cuts inside a long word rather than keeping almost nothing', () => {
    expect(truncateAtWord(`a ${'x'.repeat(40)}`, 20)).toBe(`a ${'x'.repeat(8)}…`);
  });
});

describe('hasVisibleText', () => {
  it('sees letters, digits and punctuation', () => {
    expect(hasVisibleText('Жауап.')).toBe(true);
    expect(hasVisibleText('\u200B?')).toBe(true);
  });

  it('sees nothing in white space and zero-width characters', () => {
    expect(hasVisibleText('')).toBe(false);
    expect(hasVisibleText(' \t\u00a0')).toBe(false);
    expect(hasVisibleText('\u200B\u200C\u200D\u2060\uFEFF\u00AD')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../../src/site/text.ts';

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

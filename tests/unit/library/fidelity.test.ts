import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSectionFile } from '../../../src/library/parse-section.ts';
import { INTERVIEW_DIR, SEED } from '../../support/helpers.ts';

/**
 * The committed Kazakh text, read back through the Markdown parser in reading order:
 * the lede, then per section its heading (unless editorial), questions and paragraphs.
 */
function committedKazakh(): string[] {
  const meta = parse(readFileSync(join(INTERVIEW_DIR, 'interview.yaml'), 'utf8')) as {
    lede: { kk: string };
  };
  const parts = [meta.lede.kk];
  const dir = join(INTERVIEW_DIR, 'kk');
  for (const name of readdirSync(dir).sort()) {
    const section = parseSectionFile(readFileSync(join(dir, name), 'utf8'), name, 'kk');
    const front = section.frontmatter as { title: string; editorial?: boolean };
    if (!front.editorial) parts.push(front.title);
    for (const question of section.questions) {
      parts.push(question.heading.text, ...question.paragraphs.map((p) => p.text));
    }
  }
  return parts;
}

/** The raw text without its markup: the date marker and the `- ` of questions. */
function sourceKazakh(): string[] {
  const source = readFileSync(join(INTERVIEW_DIR, 'source.txt'), 'utf8');
  return source
    .split('\n')
    .map((line, index) => (index === 0 ? line.replace(/^\s*date \d{4}-\d{2}-\d{2} /, '') : line))
    .map((line) => line.replace(/^- /, ''));
}

/** SHA-256 of ../shared/seed/000_47a1dd1b32a037c6.txt as received. */
const SEED_SHA256 = '4bb9b72a84e78ca3b415067e6464d8b6bab6d4ba3cd19eba4f7b5d6673f5afaa';

const words = (parts: string[]): string[] => parts.join(' ').match(/[\p{L}\p{N}]+/gu) ?? [];

describe('fidelity of the committed Kazakh text to source.txt', () => {
  it('keeps source.txt byte-for-byte as received', () => {
    const digest = createHash('sha256').update(readFileSync(SEED)).digest('hex');
    expect(digest).toBe(SEED_SHA256);
  });

  it('has every word of the source, in order, none lost and none added', () => {
    const expected = words(sourceKazakh());
    const actual = words(committedKazakh());
    expect(actual.length).toBe(expected.length);
    expect(actual).toEqual(expected);
  });

  it('differs from the source only in white space', () => {
    const squash = (parts: string[]): string => parts.join('').replace(/\s+/gu, '');
    expect(squash(committedKazakh())).toBe(squash(sourceKazakh()));
  });

  it('applies the documented normalisations', () => {
    const text = committedKazakh().join('\n');
    expect(text).toContain('қосамыз. Пәкістанға');
    expect(text).toContain('деп үміттенеміз.\nПрезидент Дональд Трамптың ішкі саясаты');
  });
});

import { describe, expect, it } from 'vitest';
import {
  foldKazakh,
  isFormEnding,
  isFormOf,
  lowerCase,
  normaliseQuery,
  queryTerms,
  stemKazakh,
} from '../../../src/search/shared/normalise.ts';

describe('foldKazakh', () => {
  it('folds each Kazakh letter, in both cases, to its Russian-keyboard stand-in', () => {
    expect(foldKazakh('әғқңөұүһі')).toBe('агкноууhи'.replace('h', 'х'));
    expect(foldKazakh('ӘҒҚҢӨҰҮҺІ')).toBe('АГКНОУУХИ');
    expect(foldKazakh('Ёлка')).toBe('Елка');
  });

  it('keeps the length, so that offsets map back to the original', () => {
    const text = 'Қазақстан Ибраһим келісімдеріне қосылды. Greenland, 2026.';
    expect(foldKazakh(text)).toHaveLength(text.length);
  });

  it('reads a Latin h or i inside a Cyrillic word as һ or і, and leaves English alone', () => {
    expect(foldKazakh('Ибраhим')).toBe('Ибрахим');
    expect(foldKazakh('бiрлiк')).toBe('бирлик');
    expect(foldKazakh('Abraham this')).toBe('Abraham this');
    expect(foldKazakh('😀i i😀 «h»')).toBe('😀i i😀 «h»');
  });
});

describe('stemKazakh', () => {
  it.each([
    ['гренландияга', 'гренландия'],
    ['гренландиянын', 'гренландия'],
    ['гренландия', 'гренландия'],
    ['трамппен', 'трамп'],
    ['трамптын', 'трамп'],
    ['келисимдери', 'келисим'],
    ['келисимдерине', 'келисим'],
    ['казакстандагы', 'казакстан'],
  ])('%s → %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it('never cuts a word below four letters', () => {
    expect(stemKazakh('ана')).toBe('ана');
    expect(stemKazakh('елде')).toBe('елде');
    expect(stemKazakh('басына')).toBe('басы');
  });

  it('leaves Latin words to Pagefind', () => {
    expect(stemKazakh('accords')).toBe('accords');
  });
});

describe('isFormEnding', () => {
  // What follows a query's stem in a word of the text: endings (and -лық, -шы) only, or not.
  it.each([
    ['', true],
    ['нын', true],
    ['ында', true],
    ['ларынын', true],
    ['дагы', true],
    ['лык', true],
    ['лыктын', true],
    ['м', false],
    ['гайып', false],
    ['стыруды', false],
    ['нда', false],
    ['ын', true],
    ['а', false],
    ['н', false],
  ])('"%s": %s', (rest, expected) => {
    expect(isFormEnding(rest)).toBe(expected);
  });
});

describe('isFormOf', () => {
  it.each([
    ['газанын', 'газа', true],
    ['реформа', 'реформ', true],
    ['инвестициялык', 'инвестици', true],
    ['конституцияга', 'конституци', true],
    ['сауда', 'сауд', false],
    ['астам', 'аста', false],
    ['реформа', 'рефор', false],
  ])('"%s" of "%s": %s', (word, stem, expected) => {
    expect(isFormOf(word, stem)).toBe(expected);
  });
});

describe('the query', () => {
  it('makes the Kazakh and Russian-keyboard spellings and case forms the same', () => {
    const forms = ['Гренландия', 'Гренландияға', 'ГРЕНЛАНДИЯГА', 'гренландиянын'];
    expect(new Set(forms.map(normaliseQuery))).toEqual(new Set(['гренландия']));
    expect(normaliseQuery('Ибраһим келісімдері')).toBe(normaliseQuery('ибрахим келисимдери'));
    expect(normaliseQuery('Трамппен')).toBe(normaliseQuery('Трамп'));
  });

  it('lower-cases one character for one: İ is i, not i and a combining dot', () => {
    expect(lowerCase('İbrahim ISLAMABAD Ğ')).toBe('ibrahim islamabad ğ');
    expect(queryTerms('İBRAHİM')).toEqual(['ibrahim']);
  });

  it("lower-cases as Kazakh's rules do", () => {
    const text = 'ӘҒҚҢӨҰҮҺІ АБВЁЖЗИЙ Ibrahim ΟΔΟΣ Σ Ǆ';
    expect(lowerCase(text)).toBe(text.toLocaleLowerCase('kk'));
  });

  it('drops punctuation and markup characters', () => {
    expect(queryTerms('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'onerror', 'alert']);
    expect(queryTerms('resolution 2803 of the UN')).toEqual([
      'resolution',
      '2803',
      'of',
      'the',
      'un',
    ]);
    expect(queryTerms('x')).toEqual(['x']);
    expect(queryTerms('  ')).toEqual([]);
  });
});

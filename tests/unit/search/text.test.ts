import { describe, expect, it } from 'vitest';
import { foldWord, indexText, tokens } from '../../../src/search/shared/text.ts';

const forms = (text: string): string[][] => tokens(text).map((t) => t.forms.map((f) => f.form));

describe('splitting words as the index does', () => {
  it('turns every dash and minus sign between words into a hyphen, so each part is a word', () => {
    // Pagefind splits at ASCII marks (the slash, the hyphen) itself, at no other.
    expect(indexText('Kazakhstan–Turkmenistan—Afghanistan−Pakistan/India')).toBe(
      'Kazakhstan-Turkmenistan-Afghanistan-Pakistan/India',
    );
    expect(forms('Kazakhstan–Turkmenistan–Afghanistan–Pakistan')).toEqual([
      [
        'kazakhstan',
        'turkmenistan',
        'afghanistan',
        'pakistan',
        'kazakhstanturkmenistanafghanistanpakistan',
      ],
    ]);
  });

  it('splits Kazakh words at a hyphen or dash, folded', () => {
    expect(forms('сауда-инвестициялық')).toEqual([
      ['сауда', 'инвестициялык', 'саудаинвестициялык'],
    ]);
    expect(forms('Қазақстан-Түрікменстан')).toEqual([
      ['казакстан', 'турикменстан', 'казакстантурикменстан'],
    ]);
  });

  it('joins digit groups, so "2 803" is found by "2803"', () => {
    expect(indexText('2 803 and 2\u00a0803 and 2,803 but 12 34')).toBe(
      '2-803 and 2-803 and 2-803 but 12 34',
    );
    expect(forms('$300 billion')).toEqual([['300'], ['billion']]);
  });

  it('drops a dash standing alone and quotes at a word edge, keeping every offset', () => {
    const text = 'Қазақстан – «Түрікменстан» “corridor”';
    const indexed = indexText(text);
    expect(indexed).toHaveLength(text.length);
    expect(indexed.split(/\s+/).filter(Boolean)).toEqual(['Казакстан', 'Турикменстан', 'corridor']);
  });

  it("keeps an apostrophe inside a word as Pagefind's ASCII one", () => {
    expect(indexText('Trump’s')).toBe("Trump's");
    expect(forms('Trump’s')).toEqual([['trump', 's', 'trumps']]);
  });

  it('folds case, Kazakh letters and the diacritics Pagefind drops', () => {
    expect(foldWord('ҚАЗАҚСТАН')).toBe('казакстан');
    expect(foldWord('Ибраһим')).toBe('ибрахим');
    expect(foldWord('Йемен')).toBe('иемен');
  });

  it('gives each form its place in the original text', () => {
    const [token] = tokens('the Russia–Ukraine war').slice(1);
    expect(token?.forms.map((f) => 'the Russia–Ukraine war'.slice(f.start, f.end))).toEqual([
      'Russia',
      'Ukraine',
      'Russia–Ukraine',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { americanSpelling, englishStem, spellings } from '../../../src/search/shared/english.ts';
import { englishPrefix } from '../../../src/search/shared/query.ts';

describe('English spellings', () => {
  it.each([
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['modernising', 'modernizing'],
    ['analyse', 'analyze'],
    ['endeavour', 'endeavor'],
    ['favourable', 'favorable'],
    ['neighbours', 'neighbors'],
    ['centre', 'center'],
    ['fibre', 'fiber'],
    ['dialogue', 'dialog'],
    ['judgement', 'judgment'],
    ['defence', 'defense'],
    ['programme', 'program'],
  ])('writes %s as %s, and the two have one stem', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
    expect(americanSpelling(american)).toBe(american);
    expect(spellings(american)).toContain(british);
    expect(spellings(british)).toContain(american);
    expect(englishStem(british)).toBe(englishStem(american));
  });

  it.each(['rise', 'prise', 'wise', 'tour', 'your', 'hours', 'flour', 'blog', 'size'])(
    'leaves %s as it is: too short before the ending to be a spelling variant',
    (word) => {
      expect(americanSpelling(word)).toBe(word);
    },
  );

  it('keeps words apart that only look alike', () => {
    expect(englishStem('floor')).not.toBe(englishStem('flour'));
    expect(englishStem('prize')).not.toBe(englishStem('prise'));
    expect(englishStem('tour')).not.toBe(englishStem('tor'));
  });

  it('searches the start that every spelling and the stem share', () => {
    expect(englishPrefix('organization')).toBe('organ');
    expect(englishPrefix('organisation')).toBe('organ');
    expect(englishPrefix('endeavor')).toBe('endeavo');
    expect(englishPrefix('center')).toBe('cent');
    expect(englishPrefix('digitalisation')).toBe('digit');
    expect(englishPrefix('invested')).toBe('invest');
  });
});

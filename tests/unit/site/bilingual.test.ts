import { describe, expect, it } from 'vitest';
import { inLang } from '../../../src/site/bilingual.ts';

describe('inLang', () => {
  it("gives the language's text, or the Kazakh where there is no English", () => {
    expect(inLang({ kk: 'Сұхбат', en: 'Interview' }, 'en')).toBe('Interview');
    expect(inLang({ kk: 'Сұхбат', en: 'Interview' }, 'kk')).toBe('Сұхбат');
    expect(inLang({ kk: 'Сұхбат' }, 'en')).toBe('Сұхбат');
    expect(inLang({ kk: 'Сұхбат', en: undefined }, 'en')).toBe('Сұхбат');
  });
});

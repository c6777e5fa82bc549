import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/library/model.ts';
import { loadLibrary } from '../../../src/library/load-library.ts';
import {
  correctionEntries,
  correctionNotes,
  glossCorrections,
} from '../../../src/site/corrections.ts';
import { miniContentWith } from '../../support/helpers.ts';

const correction = (fields: Partial<Correction>): Correction => ({
  date: '2026-03-01',
  question: 'about-economy',
  lang: 'en',
  what: 'what',
  why: 'why',
  ...fields,
});

describe('corrections on the pages', () => {
  it('notes on each Q&A the date of its gloss’s last correction, not normalisations', () => {
    expect(
      glossCorrections([
        correction({ date: '2026-03-01' }),
        correction({ date: '2026-04-01' }),
        correction({ question: 'about-greenland', lang: 'kk', normalisation: 'missing-space' }),
      ]),
    ).toEqual({ 'about-economy': '2026-04-01' });
  });

  it('lists each correction with its section and Q&A, and links the notes to the list', () => {
    const content = miniContentWith({
      'interviews/2026-01-01-mini/corrections.yaml':
        '- date: 2026-03-01\n  question: about-greenland\n  lang: en\n  what: a\n  why: b\n',
    });
    const [interview] = loadLibrary(content).interviews;
    if (!interview) throw new Error('no interview');
    expect(
      correctionEntries(interview).map(({ section, question }) => `${section.id} ${question.id}`),
    ).toEqual(['alpha about-greenland']);
    expect(correctionNotes(interview, 'en')).toEqual({
      glossCorrected: { 'about-greenland': '2026-03-01' },
      correctionsHref: '/en/2026-01-01-mini/#corrections',
    });
  });
});

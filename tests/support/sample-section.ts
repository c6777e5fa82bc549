import type { Section } from '../../src/library/model.ts';

/** A one-question section with a gloss and markup-like text, for the search's unit tests. */
export const SAMPLE_SECTION: Section = {
  id: 'greenland',
  order: 7,
  title: { kk: 'Гренландияның болашағы', en: 'The Future of Greenland' },
  editorial: false,
  topics: ['international-law'],
  files: { kk: 'kk/07-greenland.md', en: 'en/07-greenland.md' },
  questions: [
    {
      id: 'greenland-future',
      kk: {
        heading: { html: '', text: 'Гренландия аумағына <оккупация> жасалуы мүмкін бе?' },
        paragraphs: [{ html: '', text: 'Гренландияны 120 жылға жалдау.', line: 1, notes: [] }],
        notes: [],
      },
      en: {
        heading: { html: '', text: 'Is an occupation of Greenland possible?' },
        paragraphs: [{ html: '', text: 'Leasing Greenland for 120 years.', line: 1, notes: [] }],
        notes: [],
      },
    },
  ],
};

/** Segments as text, marked words in brackets: `[Гренландия] аумағына`. */
export const marked = (segments: { text: string; mark: boolean }[] | null): string =>
  (segments ?? []).map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

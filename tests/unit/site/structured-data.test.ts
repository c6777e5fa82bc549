import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { interviewData, jsonForScript, partData } from '../../../src/site/structured-data.ts';
import { MINI } from '../../support/helpers.ts';

const interview = loadLibrary(MINI).interviews[0];

describe('structured data', () => {
  if (!interview) throw new Error('fixture changed');

  it('describes the interview as a Kazakh article by the speaker, published by the outlet', () => {
    expect(interviewData(interview, 'https://x.example/i/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      genre: 'Interview',
      headline: 'Шағын сұхбат',
      inLanguage: 'kk',
      url: 'https://x.example/i/',
      datePublished: '2026-01-01',
      author: { '@type': 'Person', name: 'Сөйлеуші', alternateName: 'The speaker' },
      publisher: { '@type': 'Organization', name: 'Test Outlet' },
      sourceOrganization: { '@type': 'Organization', name: 'TEST.KZ' },
      workTranslation: {
        '@type': 'Article',
        headline: 'A small interview',
        inLanguage: 'en',
        translator: { '@type': 'Organization', name: 'Suhbat' },
        description: 'The English text is an unofficial translation.',
      },
    });
  });

  it('makes a Q&A part of the interview, without a translation where there is no gloss', () => {
    const data = partData(
      interview,
      { kk: 'Сұрақ?' },
      'https://x.example/i/s/q/',
      'https://x.example/i/',
    );
    expect(data).toMatchObject({
      headline: 'Сұрақ?',
      url: 'https://x.example/i/s/q/',
      isPartOf: { '@type': 'Article', headline: 'Шағын сұхбат', url: 'https://x.example/i/' },
    });
    expect(data).not.toHaveProperty('workTranslation');
  });

  it('writes JSON that cannot close its <script> element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

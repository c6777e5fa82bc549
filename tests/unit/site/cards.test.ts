import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { homeCard, libraryCards, questionCard } from '../../../src/site/cards.ts';
import { MINI } from '../../support/helpers.ts';

const library = loadLibrary(MINI);
const interview = library.interviews[0];
const alpha = interview?.sections[0];
const beta = interview?.sections[1];

describe('preview cards', () => {
  it('lists one card per page that has one, in both interfaces, each at its own path', () => {
    const cards = libraryCards(library);
    // Per interface: home, the interview, 2 sections and 3 Q&As.
    expect(cards).toHaveLength(14);
    expect(new Set(cards.map((card) => card.file)).size).toBe(14);
    expect(cards.map((card) => card.file)).toContain(
      'og/en/2026-01-01-mini/alpha/about-economy.png',
    );
  });

  it('puts the question in both languages, the byline in the interface language', () => {
    if (!interview || !alpha || !beta) throw new Error('fixture changed');
    const [question] = alpha.questions;
    if (!question) throw new Error('fixture changed');
    const card = questionCard(interview, alpha, question, 'en');
    expect(card.data).toEqual({
      lang: 'en',
      siteName: 'Suhbat',
      label: 'Question',
      title: { kk: 'Экономика туралы не айтасыз?', en: 'What do you say about the economy?' },
      speaker: 'The speaker',
      outlet: 'Test Outlet',
      date: '1 January 2026',
    });
    expect(card.alt).toBe(
      'Question: What do you say about the economy? — The speaker, Test Outlet, 1 January 2026',
    );
    // No gloss: the Kazakh question alone, and in the alt text of the English interface.
    const [untranslated] = beta.questions;
    if (!untranslated) throw new Error('fixture changed');
    const kkOnly = questionCard(interview, beta, untranslated, 'en');
    expect(kkOnly.data.title).toEqual({ kk: 'Аударылмаған сұрақ?', en: undefined });
    expect(kkOnly.alt).toMatch(/^Question: Аударылмаған сұрақ\? — /);
  });

  it('gives the home card the site description in both languages and no byline', () => {
    expect(homeCard('kk')).toEqual({
      file: 'og/kk.png',
      alt: 'Сұхбат: Ұзақ сұхбаттарды қазақша түпнұсқасымен және ағылшынша аудармасымен оқу.',
      data: {
        lang: 'kk',
        siteName: 'Сұхбат',
        label: '',
        title: {
          kk: 'Ұзақ сұхбаттарды қазақша түпнұсқасымен және ағылшынша аудармасымен оқу.',
          en: 'Long interviews in the Kazakh original, with an English gloss.',
        },
      },
    });
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import {
  homePages,
  langPaths,
  interviewPages,
  interviewRestPages,
  questionPages,
  searchPages,
  sectionPages,
  topicPages,
  topicsPages,
} from '../../../src/site/page-data.ts';
import { MINI, ROOT } from '../../support/helpers.ts';

const library = loadLibrary(MINI);
const ID = '2026-01-01-mini';
const SITE = new URL('https://suhbat.example');

/** The page of a list for one interface and route params. */
function find<P extends { lang: string }>(
  paths: { params: Record<string, string | undefined>; props: P }[],
  lang: 'kk' | 'en',
  params: Record<string, string> = {},
): P {
  const found = paths.find(
    (path) =>
      path.props.lang === lang &&
      Object.entries(params).every(([key, value]) => path.params[key] === value),
  );
  if (!found) throw new Error(`no ${lang} page for ${JSON.stringify(params)}`);
  return found.props;
}

describe('page data', () => {
  it('gives each page once per interface, the Kazakh one at the root, each with its Latin twin', () => {
    const home = homePages(library);
    expect(home.map((path) => path.params)).toEqual([
      { lang: undefined },
      { lang: 'latn' },
      { lang: 'en' },
      { lang: 'en/latn' },
    ]);
    expect(sectionPages(library, SITE).map((path) => Object.values(path.params).join('/'))).toEqual(
      [
        `/${ID}/alpha`,
        `latn/${ID}/alpha`,
        `/${ID}/beta`,
        `latn/${ID}/beta`,
        `en/${ID}/alpha`,
        `en/latn/${ID}/alpha`,
        `en/${ID}/beta`,
        `en/latn/${ID}/beta`,
      ],
    );
    // A twin has the same data: the build writes its Kazakh text in Latin.
    expect(home[1]?.props).toBe(home[0]?.props);
    expect(langPaths().map((path) => path.params)).toEqual([{ lang: undefined }, { lang: 'en' }]);
  });

  it('titles each page in its interface and lists the topics of each interview', () => {
    const home = find(homePages(library), 'en');
    expect(home.title).toBe(
      'Suhbat — Long interviews in the Kazakh original, with an English gloss.',
    );
    expect(home.interviews.map(({ topics }) => topics.map((t) => t.id))).toEqual([
      ['economy', 'greenland'],
    ]);
    expect(find(interviewPages(library, SITE), 'en').title).toBe('A small interview — Suhbat');
    expect(find(interviewPages(library, SITE), 'kk').title).toBe('Шағын сұхбат — Сұхбат');
  });

  it('describes pages in the interface language, falling back to the Kazakh', () => {
    // The lede has no English version.
    expect(find(interviewPages(library, SITE), 'en').description).toBe('Шағын сұхбат. Тест үшін.');
    expect(find(sectionPages(library, SITE), 'en', { section: 'alpha' }).description).toBe(
      'What do you say about the economy?',
    );
    expect(find(sectionPages(library, SITE), 'en', { section: 'beta' }).description).toBe(
      'Аударылмаған сұрақ?',
    );
  });

  it('gives a section its neighbours and its topics', () => {
    const alpha = find(sectionPages(library, SITE), 'kk', { section: 'alpha' });
    expect(alpha.previous).toBeUndefined();
    expect(alpha.next?.id).toBe('beta');
    expect(alpha.topics.map((topic) => topic.id)).toEqual(['economy']);
    expect(find(sectionPages(library, SITE), 'kk', { section: 'beta' }).previous?.id).toBe('alpha');
  });

  it('counts the Q&As of every topic and lists them on its page', () => {
    expect(
      find(topicsPages(library), 'en').topics.map(({ topic, count }) => `${topic.id} ${count}`),
    ).toEqual(['economy 2', 'greenland 1']);
    const greenland = find(topicPages(library), 'en', { topic: 'greenland' });
    expect(greenland.entries.map((entry) => entry.question.id)).toEqual(['untranslated']);
    expect(greenland.description).toBe('Greenland: 1 question and answer');
    expect(find(searchPages(library), 'kk').topics.map((topic) => topic.label.kk)).toEqual([
      'Гренландия',
      'Экономика',
    ]);
  });

  it('gives every Q&A a page, titled by its question, described by its answer', () => {
    const pages = questionPages(library, SITE);
    expect(
      pages
        .map((path) => Object.values(path.params).join('/'))
        .filter((path) => !path.includes('latn')),
    ).toEqual([
      `/${ID}/alpha/about-economy`,
      `/${ID}/alpha/about-greenland`,
      `/${ID}/beta/untranslated`,
      `en/${ID}/alpha/about-economy`,
      `en/${ID}/alpha/about-greenland`,
      `en/${ID}/beta/untranslated`,
    ]);
    const economy = find(pages, 'en', { question: 'about-economy' });
    expect(economy.title).toBe('What do you say about the economy?');
    expect(economy.description).toBe('First paragraph, about the SCO. Second paragraph.');
    expect(economy.published).toBe('2026-01-01');
    expect(economy.card.file).toBe(`og/en/${ID}/alpha/about-economy.png`);
    // Without a gloss, the English interface falls back to the Kazakh question.
    expect(find(pages, 'en', { question: 'untranslated' }).title).toBe('Аударылмаған сұрақ?');
    expect(find(pages, 'kk', { question: 'about-economy' }).title).toBe(
      'Экономика туралы не айтасыз?',
    );
  });

  it('links each Q&A page to the Q&As before and after it across the whole interview', () => {
    const pages = questionPages(library, SITE);
    const greenland = find(pages, 'kk', { question: 'about-greenland' });
    expect(greenland.previous?.id).toBe('about-economy');
    // The next Q&A is in the next section.
    expect(greenland.next?.id).toBe('untranslated');
    expect(greenland.next?.section.id).toBe('beta');
    expect(find(pages, 'kk', { question: 'about-economy' }).previous).toBeUndefined();
    expect(find(pages, 'kk', { question: 'untranslated' }).next).toBeUndefined();
  });

  it('gives every page a preview card: its own, or the home card for lists', () => {
    expect(find(homePages(library), 'kk').card.file).toBe('og/kk.png');
    expect(find(topicsPages(library), 'en').card.file).toBe('og/en.png');
    expect(find(searchPages(library), 'en').card.file).toBe('og/en.png');
    expect(find(interviewPages(library, SITE), 'kk').card.file).toBe(`og/kk/${ID}.png`);
    expect(find(sectionPages(library, SITE), 'en', { section: 'beta' }).card).toEqual({
      file: `og/en/${ID}/beta.png`,
      alt: 'Section: Екінші бөлім — The speaker, Test Outlet, 1 January 2026',
      data: expect.objectContaining({ label: 'Section', lang: 'en' }),
    });
  });

  it('describes the pages of an interview as schema.org data with their absolute URLs', () => {
    const page = find(questionPages(library, SITE), 'en', { question: 'about-economy' });
    expect(page.structuredData).toMatchObject({
      '@type': 'Article',
      headline: 'Экономика туралы не айтасыз?',
      url: `https://suhbat.example/en/${ID}/alpha/about-economy/`,
      isPartOf: { url: `https://suhbat.example/en/${ID}/` },
    });
    expect(page.citation.plain).toContain(`https://suhbat.example/en/${ID}/alpha/about-economy/`);
  });

  it('serves the first sections on the whole-interview page and the others after', () => {
    const seed = loadLibrary(join(ROOT, 'content'));
    const id = '2026-02-05-tokayev-the-news-international';
    const page = find(interviewPages(seed, SITE), 'en');
    expect(page.sections.map(({ section }) => section.id)).toEqual(['kazakhstan-pakistan']);
    expect(page.later?.href).toBe(`/en/rest/${id}/`);
    const rest = find(interviewRestPages(seed), 'en', { interview: id });
    expect(rest.sections.map(({ section }) => section.id)).toEqual(
      page.later?.sections.map(({ section }) => section.id),
    );
    expect(rest.sections).toHaveLength(8);
    // A short interview fits in its first view: nothing comes later.
    expect(find(interviewPages(library, SITE), 'kk').later).toBeUndefined();
    expect(interviewRestPages(library)).toEqual([]);
  });
});

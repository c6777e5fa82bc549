import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { rfc4287Problems } from '../support/feed-checks.ts';
import { INTERVIEW_DIR, present } from '../support/helpers.ts';
import { readMarkdownSections } from '../support/markdown-reading.ts';
import { INTERVIEW, PAGE_TYPES } from './site.ts';

// The feeds and data files as the built site serves them, at / and under /reader/.
const SITE = 'https://suhbat.example';

interface Paragraph {
  id: string;
  url: { kk: string; en: string };
  kk: string;
  en?: string;
}
interface Interview {
  $schema: string;
  sections: {
    id: string;
    questions: {
      id: string;
      url: { kk: string; en: string };
      question: { kk: string; en?: string };
      paragraphs: Paragraph[];
      notes?: { kk?: { text: string }[]; en?: { text: string }[] };
    }[];
  }[];
}

test('the Atom feeds parse, meet RFC 4287 and list the interview with its corrections', async ({
  request,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '').pathname;
  for (const { path, lang } of [
    { path: 'feed.xml', lang: 'kk' },
    { path: 'en/feed.xml', lang: 'en' },
  ]) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    expect(rfc4287Problems(xml), path).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(lang);
    expect(feed.self).toBe(`${SITE}${base}${path}`);
    expect(feed.items).toHaveLength(1);
    const [entry] = feed.items;
    expect(entry?.url).toBe(`${SITE}${base}${lang === 'en' ? 'en/' : ''}${INTERVIEW}/`);
    expect(entry?.title).toContain(lang === 'en' ? 'Tokayev' : 'Тоқаев');
    expect(entry?.authors[0]?.name).toContain(lang === 'en' ? 'Tokayev' : 'Тоқаев');
    expect(entry?.description).toContain('The News International');
    expect(entry?.published?.toISOString()).toBe('2026-02-05T00:00:00.000Z');
    // The corrections log: the entry is updated to its latest correction and lists it.
    expect(entry?.updated?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(entry?.description).toContain(lang === 'en' ? 'Corrections:' : 'Түзетулер:');
    expect(entry?.description).toContain('“Denmark’s sovereign rights would not be violated”');
  }
});

test('every page links its interface’s feed in its head', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const base = new URL(baseURL ?? '').pathname;
  for (const [kind, path] of Object.entries(PAGE_TYPES)) {
    for (const prefix of ['', 'en/']) {
      await page.goto(`${prefix}${path}`);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      // The 404 page is in both languages and links the Kazakh feed.
      const feed = prefix && kind !== 'notFound' ? 'en/feed.xml' : 'feed.xml';
      await expect(link, `${prefix}${path}`).toHaveAttribute('href', `${base}${feed}`);
    }
  }
});

test('interview.json validates against its schema and holds every Q&A and paragraph of the Markdown', async ({
  request,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '').pathname;
  const schema = (await (await request.get('schema/interview.v1.json')).json()) as { $id: string };
  const data = (await (await request.get(`${INTERVIEW}/interview.json`)).json()) as Interview;
  expect(schema.$id).toBe(`${SITE}${base}schema/interview.v1.json`);
  expect(data.$schema).toBe(schema.$id);

  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  // A broken copy fails, naming the place.
  const broken = structuredClone(data) as unknown as {
    sections: { questions: { paragraphs: unknown[] }[] }[];
  };
  present(broken.sections[0]?.questions[0], 'a first Q&A').paragraphs[0] = { en: 'no Kazakh' };
  expect(validate(broken)).toBe(false);
  expect(validate.errors?.map((error) => error.instancePath)).toContain(
    '/sections/0/questions/0/paragraphs/0',
  );

  const markdown = {
    kk: readMarkdownSections(INTERVIEW_DIR, 'kk'),
    en: readMarkdownSections(INTERVIEW_DIR, 'en'),
  };
  expect(data.sections.map((section) => section.id)).toEqual(
    markdown.kk.map((section) => section.id),
  );
  for (const lang of ['kk', 'en'] as const) {
    markdown[lang].forEach((section, s) => {
      const json = present(data.sections[s], `section ${section.id} in the JSON`);
      expect(json.questions.map((q) => q.id)).toEqual(section.questions.map((q) => q.id));
      section.questions.forEach((question, q) => {
        const qa = present(json.questions[q], `Q&A ${question.id} in the JSON`);
        expect(qa.question[lang]).toBe(question.text);
        expect(qa.paragraphs.map((p) => p[lang])).toEqual(question.paragraphs);
        const page = `${SITE}${base}${lang === 'en' ? 'en/' : ''}${INTERVIEW}/${section.id}/`;
        expect(qa.url[lang]).toBe(`${page}#${qa.id}`);
        qa.paragraphs.forEach((paragraph, p) => {
          expect(paragraph.id).toBe(`${qa.id}-${p + 1}`);
          expect(paragraph.url[lang]).toBe(`${page}#${qa.id}-${p + 1}`);
        });
      });
      const notes = json.questions.flatMap((qa) => qa.notes?.[lang] ?? []).map((note) => note.text);
      expect(notes).toEqual(Object.values(section.notes));
    });
  }
});

test('the interview page links the data and the plain texts, which hold the whole text', async ({
  page,
  request,
}) => {
  await page.goto(`${INTERVIEW}/`);
  const links = page.locator('.data-links a');
  await expect(links).toHaveCount(3);
  for (const lang of ['kk', 'en'] as const) {
    const href = await links.nth(lang === 'kk' ? 0 : 1).getAttribute('href');
    const response = await request.get(new URL(href ?? '', page.url()).href);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    for (const section of readMarkdownSections(INTERVIEW_DIR, lang)) {
      for (const question of section.questions) {
        expect(text).toContain(`— ${question.text}\n`);
        for (const paragraph of question.paragraphs) expect(text).toContain(`\n${paragraph}\n`);
      }
    }
  }
  const json = await request.get(
    new URL((await links.nth(2).getAttribute('href')) ?? '', page.url()).href,
  );
  expect(json.ok()).toBe(true);
});

test('llms.txt lists the interview and its data files, which exist', async ({
  request,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '').pathname;
  const text = await (await request.get('llms.txt')).text();
  expect(text).toMatch(/^# Suhbat\n\n> /);
  const links = [...text.matchAll(/\]\((https:[^)]+)\)/g)].map((match) => match[1] ?? '');
  expect(links).toContain(`${SITE}${base}${INTERVIEW}/interview.json`);
  for (const link of links) {
    const path = link.slice(`${SITE}${base}`.length);
    expect((await request.get(path)).ok(), link).toBe(true);
  }
});

import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { launchOptions } from '../../support/chromium.ts';
import { miniContentWith } from '../../support/helpers.ts';

// The small fixture with footnotes in the Kazakh text: in a section that also has English
// notes, and in a section without a gloss, whose file starts with a byte order mark.
const INTERVIEW = '2026-01-01-mini';
const content = miniContentWith({
  [`interviews/${INTERVIEW}/kk/01-alpha.md`]: (text) =>
    `${text.replace('ШЫҰ туралы.', 'ШЫҰ[^shy] туралы.')}\n[^shy]: Шанхай ынтымақтастық ұйымы.\n`,
  [`interviews/${INTERVIEW}/kk/02-beta.md`]: (text) =>
    `\uFEFF${text.replace('жоқ жауап.', 'жоқ[^n] жауап.')}\n[^n]: Аудармасы кейін болады.\n`,
});

let dist = '';
const page = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');
const count = (html: string, text: string): number => html.split(text).length - 1;

beforeAll(() => {
  const build = buildSite(content);
  expect(build.output).not.toMatch(/error/i);
  expect(build.status).toBe(0);
  dist = build.outDir;
});

describe.each([
  ['the section page', `${INTERVIEW}/alpha`],
  ['the whole-interview page', INTERVIEW],
  ['the English section page', `en/${INTERVIEW}/alpha`],
])('Kazakh and English notes of one Q&A on %s', (_, path) => {
  it('link the Kazakh text to the Kazakh note and back', () => {
    const html = page(path);
    expect(html).toContain(
      'ШЫҰ<sup class="note-ref"><a href="#about-economy-note-kk-1" id="about-economy-ref-kk-1">1</a></sup> туралы.',
    );
    expect(html).toMatch(
      /<aside class="notes" lang="kk" data-lang="kk" aria-labelledby="about-economy-notes-kk">.*?<li id="about-economy-note-kk-1"><span>Шанхай ынтымақтастық ұйымы\.<\/span> <a href="#about-economy-ref-kk-1"/,
    );
  });

  it('keep the English notes on their own ids', () => {
    const html = page(path);
    expect(html).toContain(
      'SCO<sup class="note-ref"><a href="#about-economy-note-1" id="about-economy-ref-1">1</a></sup>',
    );
    expect(html).toMatch(
      /<aside class="notes" lang="en" data-lang="en" aria-labelledby="about-economy-notes">.*?<li id="about-economy-note-1"><span>The Shanghai Cooperation Organisation\.<\/span> <a href="#about-economy-ref-1"/,
    );
  });

  it('give every element its own id', () => {
    const ids = [...page(path).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

it('shows the Kazakh notes of a section without a gloss, read from a file with a BOM', () => {
  const html = page(`${INTERVIEW}/beta`);
  expect(html).toContain(
    'жоқ<sup class="note-ref"><a href="#untranslated-note-kk-1" id="untranslated-ref-kk-1">1</a></sup> жауап.',
  );
  expect(html).toMatch(
    /<li id="untranslated-note-kk-1"><span>Аудармасы кейін болады\.<\/span> <a href="#untranslated-ref-kk-1"/,
  );
  expect(count(html, '<aside class="notes"')).toBe(1);
});

describe('in a browser', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  beforeAll(async () => {
    const files = sirv(dist, { dev: false });
    server = createServer((request, response) => files(request, response));
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch(launchOptions);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it.each([
    ['kk', true, false],
    ['en', false, true],
    ['both', true, true],
  ])('in the "%s" mode shows the Kazakh notes: %s, the English notes: %s', async (view, kk, en) => {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/${INTERVIEW}/alpha/?view=${view}`);
    const visible = (id: string) => tab.locator(`#${id}`).isVisible();
    expect(await visible('about-economy-note-kk-1')).toBe(kk);
    expect(await visible('about-economy-ref-kk-1')).toBe(kk);
    expect(await visible('about-economy-note-1')).toBe(en);
    expect(await visible('about-economy-ref-1')).toBe(en);
    await tab.close();
  });
});

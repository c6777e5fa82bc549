import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/helpers.ts';
import { buildSite } from '../../support/build-site.ts';

// A second, small interview: one section with a gloss and footnotes, one without a gloss.
const INTERVIEW = '2026-01-01-mini';
let dist = '';
const page = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  const build = buildSite(join(ROOT, 'tests/fixtures/mini-content'));
  expect(build.output).not.toMatch(/error/i);
  expect(build.status).toBe(0);
  dist = build.outDir;
});

describe('an interview with a partial gloss', () => {
  it('says so on a Q&A without gloss, and shows its Kazakh text', () => {
    const html = page(`${INTERVIEW}/beta`);
    expect(html).toContain('data-gloss="none"');
    expect(html).toContain('<p class="no-gloss">Бұл жауаптың ағылшынша аудармасы әлі жоқ');
    expect(html).toContain('<p lang="kk" data-lang="kk">Аудармасы жоқ жауап.</p>');
    expect(html).not.toMatch(/<p lang="en"/);
    expect(page(`en/${INTERVIEW}/beta`)).toContain('There is no English gloss of this answer yet');
  });

  it('keeps footnotes with their Q&A, linked both ways', () => {
    const html = page(`${INTERVIEW}/alpha`);
    expect(html).toContain(
      'SCO<sup class="note-ref"><a href="#about-economy-note-1" id="about-economy-ref-1">1</a></sup>',
    );
    expect(html).toMatch(
      /<li id="about-economy-note-1"><span>The Shanghai Cooperation Organisation\.<\/span>/,
    );
    expect(html).toContain('href="#about-economy-ref-1"');
    expect(html).toContain('id="about-greenland-note-1"');
  });

  it('builds the pages of the second interview in both interfaces', () => {
    for (const path of [
      '',
      'en',
      INTERVIEW,
      `en/${INTERVIEW}`,
      'topics/greenland',
      'en/topics/economy',
    ]) {
      expect(page(path)).toMatch(/^<!DOCTYPE html>/i);
    }
    expect(page('topics/greenland')).toContain(`/${INTERVIEW}/beta/#untranslated`);
  });
});

describe('every built page', () => {
  const pages = (): string[] =>
    readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

  it('puts the Content-Security-Policy first in <head>, before any script, link or style', () => {
    expect(pages().length).toBeGreaterThan(10);
    for (const file of pages()) {
      const head = readFileSync(join(dist, file), 'utf8').split('</head>')[0] ?? '';
      expect(head, file).toMatch(
        /^<!DOCTYPE html><html [^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*script-src 'self'[^"]*">/i,
      );
      expect(head.match(/http-equiv="content-security-policy"/g), file).toHaveLength(1);
    }
  });
});

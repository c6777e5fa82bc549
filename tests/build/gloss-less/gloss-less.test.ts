import { readFileSync } from 'node:fs';
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

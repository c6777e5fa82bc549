import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { miniContentWith } from '../../support/helpers.ts';

// The small fixture with a corrections log: a gloss correction, and a normalisation of the
// Kazakh text of the Q&A that has no gloss.
const INTERVIEW = '2026-01-01-mini';
const content = miniContentWith({
  [`interviews/${INTERVIEW}/corrections.yaml`]: `- date: 2026-03-01
  question: about-greenland
  lang: en
  what: “Greenland?” became “And Greenland?”
  why: The Kazakh asks «Гренландия туралы ше?».
- date: 2026-01-02
  question: untranslated
  lang: kk
  normalisation: white-space
  what: Two spaces became one.
  why: The source had two.
`,
});
let dist = '';
const page = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  const build = buildSite(content);
  expect(build.output).not.toMatch(/error/i);
  expect(build.status).toBe(0);
  dist = build.outDir;
});

describe('an interview with corrections', () => {
  it('notes the corrected gloss on its Q&A, linked to the list, in both interfaces', () => {
    const note = (href: string, text: string) =>
      `<p class="qa-note"><a href="${href}#corrections">${text}</a></p>`;
    expect(page(`${INTERVIEW}/alpha`)).toContain(
      note(`/${INTERVIEW}/`, 'Аударма түзетілді: 2026 жылғы 1 наурыз'),
    );
    expect(page(`en/${INTERVIEW}/alpha`)).toContain(
      note(`/en/${INTERVIEW}/`, 'Translation corrected 1 March 2026'),
    );
    expect(page(`${INTERVIEW}`)).toContain(
      note(`/${INTERVIEW}/`, 'Аударма түзетілді: 2026 жылғы 1 наурыз'),
    );
    // One note: on the corrected Q&A; the normalised Kazakh text is never "corrected".
    expect(page(`${INTERVIEW}/alpha`).match(/class="qa-note"/g)).toHaveLength(1);
    expect(page(`${INTERVIEW}/beta`)).not.toContain('qa-note');
  });

  it('lists every change on the whole-interview page, newest first', () => {
    const html = page(`en/${INTERVIEW}`);
    expect(html).toContain('<section class="corrections" id="corrections"');
    expect(html).toContain('<dt>Last corrected</dt><dd><a href="#corrections">1 March 2026</a>');
    const list = html.slice(html.indexOf('id="corrections"'));
    expect(list.indexOf('1 March 2026')).toBeLessThan(list.indexOf('2 January 2026'));
    expect(list).toContain(
      '2 January 2026</time><span>\u00a0· </span>Kazakh text, normalised on import',
    );
    expect(list).toContain(`<a href="/en/${INTERVIEW}/beta/#untranslated" lang="kk">`);
    expect(list).toContain('<dd lang="en">“Greenland?” became “And Greenland?”</dd>');
  });

  it('needs no later sections for an interview this short', () => {
    expect(page(`${INTERVIEW}`)).not.toContain('data-later');
    expect(existsSync(join(dist, 'rest'))).toBe(false);
  });
});

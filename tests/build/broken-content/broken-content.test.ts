import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { miniContentWith, ROOT } from '../../support/helpers.ts';

const INTERVIEW = 'interviews/2026-01-01-mini';

// The small fixture with four faults: a missing field, an unknown topic, a gloss that lost
// a paragraph, a correction of the Kazakh text.
const content = miniContentWith({
  [`${INTERVIEW}/interview.yaml`]: (text) => text.replace('outlet: Test Outlet\n', ''),
  [`${INTERVIEW}/kk/02-beta.md`]: (text) => text.replace('[greenland]', '[greenland, mars]'),
  [`${INTERVIEW}/en/01-alpha.md`]: (text) => text.replace('Second paragraph.\n\n', ''),
  [`${INTERVIEW}/corrections.yaml`]:
    '- date: 2026-03-01\n  question: untranslated\n  lang: kk\n  what: a word\n  why: better\n',
});

it('fails `astro build` with every problem, each naming its file', () => {
  const { status, output, outDir } = buildSite(content);
  // Messages name files relative to where the build runs.
  const at = (file: string) => relative(ROOT, join(content, INTERVIEW, file));
  expect(status).not.toBe(0);
  expect(output).toContain(`${at('interview.yaml')}:`);
  expect(output).toContain('outlet: Invalid input: expected string, received undefined');
  expect(output).toContain(`${at('kk/02-beta.md')}: unknown topic "mars"`);
  expect(output).toContain(
    `${at('en/01-alpha.md')}: question "about-economy" has 1 paragraph in English but 2 in Kazakh (${at('kk/01-alpha.md')})`,
  );
  expect(output).toContain(
    `${at('corrections.yaml')}:\n  - entry 1 (line 1): lang: kk is only for a documented normalisation`,
  );
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

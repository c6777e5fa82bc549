import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { miniContentWith, ROOT } from '../../support/helpers.ts';

const INTERVIEW = 'interviews/2026-01-01-mini';

// The small fixture with content that would put a script on the page or an id the page
// already uses: script links in a paragraph, an autolink and a footnote, a script source
// link, a question id "main" and a topic every object has as a property.
const content = miniContentWith({
  [`${INTERVIEW}/kk/01-alpha.md`]: (text) =>
    text.replace('ШЫҰ туралы', '[ШЫҰ](javascript:alert(1)) туралы'),
  [`${INTERVIEW}/en/01-alpha.md`]: (text) =>
    text
      .replace('Second paragraph.', 'Second paragraph <javascript:alert(2)>.')
      .replace(
        '[^sco]: The Shanghai Cooperation Organisation.',
        '[^sco]: The [Shanghai Cooperation Organisation](data:text/html;base64,PHNjcmlwdD4=).',
      ),
  [`${INTERVIEW}/interview.yaml`]: (text) => `${text}sourceUrl: 'vbscript:msgbox(1)'\n`,
  [`${INTERVIEW}/kk/02-beta.md`]: (text) =>
    text.replace('{#untranslated}', '{#main}').replace('[greenland]', '[greenland, constructor]'),
});

it('fails `astro build`, naming the file and line of every script link and reserved id', () => {
  const { status, output, outDir } = buildSite(content);
  const at = (file: string) => relative(ROOT, join(content, INTERVIEW, file));
  const refused = (href: string) =>
    `link to "${href}" is not allowed: use an http, https or mailto address, or a relative link`;
  expect(status).not.toBe(0);
  expect(output).toContain(
    `${at('kk/01-alpha.md')}:\n  - line 10: ${refused('javascript:alert(1)')}`,
  );
  expect(output).toContain(
    `${at('en/01-alpha.md')}:\n  - line 11: ${refused('javascript:alert(2)')}`,
  );
  expect(output).toContain(`  - line 17: ${refused('data:text/html;base64,PHNjcmlwdD4=')}`);
  expect(output).toContain(
    `${at('interview.yaml')}:\n  - sourceUrl: must be an http or https address, e.g. https://example.org/article`,
  );
  expect(output).toContain(
    `question on ${at('kk/02-beta.md')} line 8: id "main" is already used by the page's main region, which every page has`,
  );
  expect(output).toContain(`${at('kk/02-beta.md')}: unknown topic "constructor"`);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

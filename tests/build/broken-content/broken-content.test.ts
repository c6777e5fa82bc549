import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../unit/helpers.ts';
import { buildSite } from '../build-site.ts';

const INTERVIEW = 'tests/build/broken-content/content/interviews/2026-01-01-mini';

it('fails `astro build` with every problem, each naming its file', () => {
  const { status, output, outDir } = buildSite(join(ROOT, 'tests/build/broken-content/content'));
  expect(status).not.toBe(0);
  expect(output).toContain(`${INTERVIEW}/interview.yaml:`);
  expect(output).toContain('outlet: Invalid input: expected string, received undefined');
  expect(output).toContain(`${INTERVIEW}/kk/02-beta.md: unknown topic "mars"`);
  expect(output).toContain(
    `${INTERVIEW}/en/01-alpha.md: question "about-economy" has 1 paragraph in English but 2 in Kazakh (${INTERVIEW}/kk/01-alpha.md)`,
  );
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

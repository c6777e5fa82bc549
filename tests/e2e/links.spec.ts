import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESERVED_IDS } from '../../src/library/ids.ts';
import { loadLibrary } from '../../src/library/load-library.ts';

test('every internal link, asset and anchor of the built site resolves', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const result = await new LinkChecker().check({
    path: baseURL ?? '',
    recurse: true,
    checkFragments: true,
    linksToSkip: [String.raw`^(?!http://localhost)`],
    // Linkinator's default, 100 requests at once, beside the other workers' browsers, made a
    // loaded test server drop connections: links reported broken with status 0.
    concurrency: 10,
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status} ${link.url} (on ${link.parent})`);
  expect(broken).toEqual([]);
  const pages = result.links.filter((link) => link.url.endsWith('/')).length;
  expect(pages).toBeGreaterThan(40);
});

test('every top-level folder of the built site but the interviews is one no interview may take', () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const interviews = new Set(loadLibrary().interviews.map((interview) => interview.id));
  const folders = readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !interviews.has(entry.name))
    .map((entry) => entry.name);
  expect(folders).toContain('latn');
  expect(folders.filter((folder) => !RESERVED_IDS.has(folder))).toEqual([]);
});

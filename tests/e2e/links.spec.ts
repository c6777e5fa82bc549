import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';

test('every internal link, asset and anchor of the built site resolves', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const result = await new LinkChecker().check({
    path: baseURL ?? '',
    recurse: true,
    checkFragments: true,
    linksToSkip: [String.raw`^(?!http://localhost)`],
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status} ${link.url} (on ${link.parent})`);
  expect(broken).toEqual([]);
  const pages = result.links.filter((link) => link.url.endsWith('/')).length;
  expect(pages).toBeGreaterThan(40);
});

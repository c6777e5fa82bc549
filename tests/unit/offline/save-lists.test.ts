import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { buildId, saveLists, shellFiles } from '../../../src/offline/build/save-lists.ts';
import { MINI, present } from '../../support/helpers.ts';

const library = loadLibrary(MINI);
const id = present(library.interviews[0], 'an interview').id;

/** A built site under /reader/ as the integration sees it: URL -> bytes. */
const files = new Map(
  Object.entries({
    '/reader/': 100,
    '/reader/offline/': 10,
    '/reader/en/offline/': 10,
    '/reader/manifest.webmanifest': 5,
    '/reader/en/manifest.webmanifest': 5,
    '/reader/favicon.svg': 1,
    '/reader/_astro/site.css': 7,
    '/reader/scripts/prefs.js': 1,
    '/reader/icons/icon-512.png': 70,
    [`/reader/${id}/`]: 300,
    [`/reader/${id}/alpha/`]: 200,
    [`/reader/${id}/interview.json`]: 999,
    [`/reader/rest/${id}/`]: 40,
    [`/reader/latn/${id}/`]: 290,
    [`/reader/latn/${id}/alpha/`]: 190,
    [`/reader/latn/rest/${id}/`]: 30,
    [`/reader/en/${id}/`]: 250,
    [`/reader/en/${id}/alpha/`]: 150,
    [`/reader/en/latn/${id}/`]: 240,
    [`/reader/en/latn/${id}/alpha/`]: 140,
    // Another interview whose id starts with this one's: none of its files is this one's.
    [`/reader/${id}-2/`]: 500,
    [`/reader/latn/${id}-2/`]: 500,
    [`/reader/search-index/qa/${id}-2/0.kk.json`]: 20,
    [`/reader/search-index/interview/${id}.json`]: 3,
    '/reader/search-index/interview/other.json': 3,
    [`/reader/search-index/qa/${id}/0.kk.json`]: 20,
    [`/reader/search-index/qa/${id}/0.en.json`]: 20,
    '/reader/search-index/qa/other/0.kk.json': 20,
    '/reader/pagefind/pagefind.kk_a.pf_meta': 30,
    '/reader/pagefind/index/a.pf_index': 8,
    '/reader/search-index/map/a.json': 2,
    '/reader/search-index/vocabulary/433.txt': 4,
    '/reader/search-index/data.json': 1,
  }),
);

describe('saveLists', () => {
  const { search, lists } = saveLists(library, files, { base: '/reader/', build: 'abc123' });

  it('lists the interview’s pages in one interface and both scripts, its search header and Q&A texts', () => {
    const kk = lists.find((list) => list.lang === 'kk');
    expect(kk?.files).toEqual([
      `/reader/${id}/`,
      `/reader/${id}/alpha/`,
      `/reader/latn/${id}/`,
      `/reader/latn/${id}/alpha/`,
      `/reader/rest/${id}/`,
      `/reader/latn/rest/${id}/`,
      `/reader/search-index/interview/${id}.json`,
      `/reader/search-index/qa/${id}/0.en.json`,
      `/reader/search-index/qa/${id}/0.kk.json`,
    ]);
    expect(kk?.href).toBe(`/reader/${id}/`);
    expect(lists.find((list) => list.lang === 'en')?.files.slice(0, 4)).toEqual([
      `/reader/en/${id}/`,
      `/reader/en/${id}/alpha/`,
      `/reader/en/latn/${id}/`,
      `/reader/en/latn/${id}/alpha/`,
    ]);
  });

  it('counts the bytes of the interview and of the shared index, with the build id', () => {
    const kk = lists.find((list) => list.lang === 'kk');
    expect(kk?.bytes).toBe(300 + 200 + 290 + 190 + 40 + 30 + 3 + 20 + 20 + (30 + 8 + 2 + 4 + 1));
    expect(kk?.build).toBe('abc123');
  });

  it('lists the search’s shared files once, beside the interviews’ lists, not in them', () => {
    expect(search).toEqual({
      build: 'abc123',
      files: [
        '/reader/pagefind/index/a.pf_index',
        '/reader/pagefind/pagefind.kk_a.pf_meta',
        '/reader/search-index/map/a.json',
        '/reader/search-index/vocabulary/433.txt',
        '/reader/search-index/data.json',
      ],
    });
    for (const list of lists) expect(list).not.toHaveProperty('search');
  });
});

describe('shellFiles', () => {
  it('precaches the offline pages, manifests, CSS, JS and font, not the pages or icons', () => {
    expect(shellFiles(files, '/reader/').sort()).toEqual(
      [
        '/reader/offline/',
        '/reader/en/offline/',
        '/reader/manifest.webmanifest',
        '/reader/en/manifest.webmanifest',
        '/reader/_astro/site.css',
        '/reader/scripts/prefs.js',
        '/reader/favicon.svg',
      ].sort(),
    );
  });
});

describe('buildId', () => {
  const bytes = new TextEncoder().encode('text');
  const site = [{ url: '/a/', bytes }];
  it('changes with any file and with the worker, and only then', () => {
    const same = buildId(site, 'worker');
    expect(buildId(site, 'worker')).toBe(same);
    expect(buildId([{ url: '/a/', bytes: new TextEncoder().encode('text!') }], 'worker')).not.toBe(
      same,
    );
    expect(buildId([{ url: '/b/', bytes }], 'worker')).not.toBe(same);
    expect(buildId(site, 'worker 2')).not.toBe(same);
    expect(same).toMatch(/^[0-9a-f]{12}$/);
  });
});

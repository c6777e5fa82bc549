import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, entryUpdated } from '../../../src/export/feed.ts';
import { loadLibrary } from '../../../src/library/load-library.ts';
import type { Library } from '../../../src/library/model.ts';
import { rfc4287Problems } from '../../support/feed-checks.ts';
import { MINI } from '../../support/helpers.ts';

const SITE = new URL('https://example.org');
const mini = loadLibrary(MINI);
const [first] = mini.interviews;
if (!first) throw new Error('the mini fixture has an interview');

/** The fixture with a second, newer interview (a copy under another id and date). */
const twoInterviews: Library = {
  ...mini,
  interviews: [
    first,
    { ...first, id: '2026-03-01-later', meta: { ...first.meta, date: '2026-03-01' } },
  ],
};

describe('atomFeed', () => {
  it('writes valid Atom: the RFC 4287 required elements, and a parser reads it', () => {
    const xml = atomFeed(twoInterviews, 'kk', SITE);
    expect(rfc4287Problems(xml)).toEqual([]);
    expect(parseFeed(xml).meta.type).toBe('atom');
  });

  it('lists the newest interview first, and dates the feed by it, not by the build', () => {
    const feed = parseFeed(atomFeed(twoInterviews, 'en', SITE));
    expect(feed.items.map((item) => item.id)).toEqual([
      'tag:example.org,2026-03-01:2026-03-01-later',
      `tag:example.org,${first.meta.date}:${first.id}`,
    ]);
    expect(feed.updated?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(atomFeed(twoInterviews, 'en', SITE)).toBe(atomFeed(twoInterviews, 'en', SITE));
  });

  it('links the interface’s pages and itself under the base path', () => {
    const feed = parseFeed(atomFeed(mini, 'en', SITE, '/reader/'));
    expect(feed.self).toBe('https://example.org/reader/en/feed.xml');
    expect(feed.url).toBe('https://example.org/reader/en/');
    expect(feed.items[0]?.url).toBe(`https://example.org/reader/en/${first.id}/`);
  });

  it('dates an entry without corrections by its publication, and lists no corrections', () => {
    const item = parseFeed(atomFeed(mini, 'en', SITE)).items[0];
    expect(item?.updated?.toISOString()).toBe(`${first.meta.date}T00:00:00.000Z`);
    expect(item?.description).not.toContain('Corrections');
  });

  it('carries the corrections log: the entry is updated to the latest and links the list', () => {
    const question = first.sections[0]?.questions[0]?.id ?? '';
    const corrected: Library = {
      ...mini,
      interviews: [
        {
          ...first,
          corrections: [
            { date: '2026-06-02', question, lang: 'en', what: '“a” became “b”', why: 'Why b.' },
            { date: '2026-04-01', question, lang: 'en', what: '“c” became “d”', why: 'Why d.' },
          ],
        },
      ],
    };
    const xml = atomFeed(corrected, 'en', SITE);
    expect(rfc4287Problems(xml)).toEqual([]);
    const item = parseFeed(xml).items[0];
    expect(item?.updated?.toISOString()).toBe('2026-06-02T00:00:00.000Z');
    expect(item?.published?.toISOString()).toBe(`${first.meta.date}T00:00:00.000Z`);
    const summary = item?.description ?? '';
    expect(summary).toContain('Corrections:');
    expect(summary.indexOf('“a” became “b”')).toBeLessThan(summary.indexOf('“c” became “d”'));
    expect(summary).toContain('Why b.');
    expect(xml).toContain(`href="https://example.org/en/${first.id}/#corrections" rel="related"`);
    expect(entryUpdated(corrected.interviews[0] ?? first)).toEqual(new Date('2026-06-02'));
  });
});

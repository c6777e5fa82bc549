import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { fragmentInterview } from '../../../src/offline/build/pagefind-fragments.ts';
import { buildIndex } from '../../../src/search/build/integration.ts';
import { MINI } from '../../support/helpers.ts';

describe('fragmentInterview', () => {
  it('reads the interview of each fragment Pagefind writes for our documents', async () => {
    const library = loadLibrary(MINI);
    const fragments = (await buildIndex(library)).filter((file) =>
      file.path.startsWith('fragment/'),
    );
    expect(fragments).toHaveLength(library.interviews[0]!.sections.length);
    for (const fragment of fragments) {
      expect(fragmentInterview(fragment.content)).toBe(library.interviews[0]!.id);
    }
  });

  it('refuses a file that is not a fragment', () => {
    expect(() => fragmentInterview(gzipSync('{"meta":{}}'))).toThrow(/not a Pagefind fragment/);
  });
});

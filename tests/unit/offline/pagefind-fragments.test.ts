import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { fragmentInterview } from '../../../src/offline/build/pagefind-fragments.ts';
import { buildIndex } from '../../../src/search/build/integration.ts';
import { MINI, present } from '../../support/helpers.ts';

describe('fragmentInterview', () => {
  it('reads the interview of each fragment Pagefind writes for our documents', async () => {
    const library = loadLibrary(MINI);
    const interview = present(library.interviews[0], 'an interview');
    const fragments = (await buildIndex(library)).filter((file) =>
      file.path.startsWith('fragment/'),
    );
    expect(fragments).toHaveLength(interview.sections.length);
    for (const fragment of fragments) {
      expect(fragmentInterview(fragment.content)).toBe(interview.id);
    }
  });

  it('refuses a file that is not a fragment', () => {
    expect(() => fragmentInterview(gzipSync('{"meta":{}}'))).toThrow(/not a Pagefind fragment/);
  });
});

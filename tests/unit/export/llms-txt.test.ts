import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../src/export/llms-txt.ts';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { MINI, present } from '../../support/helpers.ts';

const library = loadLibrary(MINI);
const id = present(library.interviews[0], 'an interview').id;

describe('llmsTxt', () => {
  it('has the llms.txt shape and links every interview’s data files under the base path', () => {
    const text = llmsTxt(library, new URL('https://example.org'), '/reader/');
    expect(text).toMatch(/^# Suhbat\n\n> .+\n/);
    expect(text).toContain(`(https://example.org/reader/${id}/interview.json)`);
    expect(text).toContain(`(https://example.org/reader/${id}/${id}.kk.txt)`);
    expect(text).toContain(`(https://example.org/reader/${id}/${id}.en.txt)`);
    expect(text).toContain('(https://example.org/reader/en/feed.xml)');
  });
});

import { describe, expect, it } from 'vitest';
import { cacheNames, parseSavedCache, savedSuffix } from '../../../src/offline/shared/caches.ts';

describe('cache names', () => {
  it('name every cache by build, and read a saved interview back from its name', () => {
    const names = cacheNames('0a1b2c');
    expect(names.shell).toBe('suhbat-0a1b2c-shell');
    const saved = names.saved('en', '2026-02-05-tokayev');
    expect(saved).toBe('suhbat-0a1b2c-saved-en-2026-02-05-tokayev');
    expect(saved.endsWith(savedSuffix('en', '2026-02-05-tokayev'))).toBe(true);
    expect(parseSavedCache(saved)).toEqual({
      build: '0a1b2c',
      lang: 'en',
      interview: '2026-02-05-tokayev',
    });
  });

  it('find no saved interview in the other caches', () => {
    expect(parseSavedCache('suhbat-0a1b2c-visited')).toBeUndefined();
    expect(parseSavedCache('other-0a1b2c-saved-kk-x')).toBeUndefined();
  });
});

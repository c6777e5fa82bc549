import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../../src/reader/fragment.ts';

describe('fragmentId', () => {
  it('decodes the id a fragment names', () => {
    expect(fragmentId('#greenland-future-2')).toBe('greenland-future-2');
    expect(fragmentId('#%D0%B3%D1%80')).toBe('гр');
  });

  it('is empty without a fragment', () => {
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#')).toBe('');
  });

  it('is empty for a fragment that does not decode', () => {
    expect(fragmentId('#%')).toBe('');
    expect(fragmentId('#%E2%82')).toBe('');
    expect(fragmentId('#100%')).toBe('');
  });
});

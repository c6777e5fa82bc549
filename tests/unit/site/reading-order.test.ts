import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { neighbours } from '../../../src/site/reading-order.ts';
import { MINI } from '../../support/helpers.ts';

const sections = loadLibrary(MINI).interviews[0]?.sections ?? [];

describe('reading order', () => {
  it('gives the items before and after, none past either end', () => {
    expect(neighbours(sections, 'alpha')).toEqual({ next: sections[1] });
    expect(neighbours(sections, 'beta')).toEqual({ previous: sections[0] });
    expect(neighbours(sections, 'gamma')).toEqual({});
  });

  it('works for any list with ids, e.g. the questions of a section', () => {
    const questions = sections[0]?.questions ?? [];
    expect(neighbours(questions, 'about-economy').next?.id).toBe('about-greenland');
  });
});

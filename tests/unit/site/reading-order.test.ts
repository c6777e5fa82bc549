import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { neighbours, questionsInOrder } from '../../../src/site/reading-order.ts';
import { MINI } from '../../support/helpers.ts';

const interview = loadLibrary(MINI).interviews[0];
const sections = interview?.sections ?? [];

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

  it('lists the Q&As of a whole interview in reading order, each with its section', () => {
    if (!interview) throw new Error('no interview in the fixture');
    expect(
      questionsInOrder(interview).map(({ id, section, question }) => [id, section.id, question.id]),
    ).toEqual([
      ['about-economy', 'alpha', 'about-economy'],
      ['about-greenland', 'alpha', 'about-greenland'],
      ['untranslated', 'beta', 'untranslated'],
    ]);
  });
});

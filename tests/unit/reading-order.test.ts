import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/lib/load-interviews.ts';
import { sectionNeighbours } from '../../src/lib/reading-order.ts';
import { buildTopicIndex } from '../../src/lib/topic-index.ts';
import { MINI } from './helpers.ts';

const [interview] = loadLibrary(MINI).interviews;
const sections = interview?.sections ?? [];

describe('reading order', () => {
  it('gives the sections before and after, none past either end', () => {
    expect(sectionNeighbours(sections, 'alpha')).toEqual({ next: sections[1] });
    expect(sectionNeighbours(sections, 'beta')).toEqual({ previous: sections[0] });
    expect(sectionNeighbours(sections, 'gamma')).toEqual({});
  });
});

describe('the topic index', () => {
  it('lists every Q&A of the sections tagged with a topic, and keeps empty topics', () => {
    const index = buildTopicIndex([{ id: 'i', sections }], ['economy', 'greenland', 'unused']);
    expect(index.get('economy')?.map((e) => e.question.id)).toEqual([
      'about-economy',
      'about-greenland',
    ]);
    expect(
      index.get('greenland')?.map((e) => `${e.interview}/${e.section.id}#${e.question.id}`),
    ).toEqual(['i/beta#untranslated']);
    expect(index.get('unused')).toEqual([]);
  });
});

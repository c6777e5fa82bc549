import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { buildTopicIndex, sortTopics, topicsOf } from '../../../src/site/topic-index.ts';
import { MINI } from '../../support/helpers.ts';

const library = loadLibrary(MINI);
const sections = library.interviews[0]?.sections ?? [];

describe('the topic index', () => {
  it('lists every Q&A of the sections tagged with a topic, and keeps empty topics', () => {
    const index = buildTopicIndex(library.interviews, [
      { id: 'economy' },
      { id: 'greenland' },
      { id: 'unused' },
    ]);
    expect(index.get('economy')?.map((e) => e.question.id)).toEqual([
      'about-economy',
      'about-greenland',
    ]);
    expect(
      index.get('greenland')?.map((e) => `${e.interview.id}/${e.section.id}#${e.question.id}`),
    ).toEqual(['2026-01-01-mini/beta#untranslated']);
    expect(index.get('unused')).toEqual([]);
  });

  it('sorts topics by their label in the interface language', () => {
    const topics = [
      { label: { kk: 'Экономика', en: 'Economy' } },
      { label: { kk: 'Арктика', en: 'The Arctic' } },
    ];
    expect(sortTopics(topics, 'kk').map((t) => t.label.kk)).toEqual(['Арктика', 'Экономика']);
    expect(sortTopics(topics, 'en').map((t) => t.label.en)).toEqual(['Economy', 'The Arctic']);
  });

  it('gives the topics of some sections once each, in the order first tagged', () => {
    expect(topicsOf(sections, library.topics).map((t) => t.id)).toEqual(['economy', 'greenland']);
    expect(topicsOf([sections[1] ?? { topics: [] }], library.topics).map((t) => t.id)).toEqual([
      'greenland',
    ]);
  });
});

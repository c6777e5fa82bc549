import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import type { AlignedSection } from '../lib/align-gloss.ts';
import type { InterviewMeta } from '../lib/content-schema.ts';
import { buildTopicIndex, type TopicEntry } from '../lib/topic-index.ts';

export interface InterviewData {
  id: string;
  meta: InterviewMeta;
  sections: AlignedSection[];
}

export interface TopicData {
  id: string;
  label: Record<Lang, string>;
  synonyms: string[];
  entries: TopicEntry[];
}

export interface LibraryData {
  interviews: InterviewData[];
  topics: TopicData[];
  topicById: Map<string, TopicData>;
}

let cached: Promise<LibraryData> | undefined;

async function load(): Promise<LibraryData> {
  const interviews = (await getCollection('interviews'))
    .map(({ id, data: { sections, ...meta } }) => ({ id, meta, sections }))
    .sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.id.localeCompare(b.id));
  const topicEntries = await getCollection('topics');
  const index = buildTopicIndex(
    interviews,
    topicEntries.map((entry) => entry.id),
  );
  const topics = topicEntries.map(({ id, data }) => ({
    id,
    label: { kk: data.kk, en: data.en },
    synonyms: data.synonyms,
    entries: index.get(id) ?? [],
  }));
  return { interviews, topics, topicById: new Map(topics.map((topic) => [topic.id, topic])) };
}

/** Topics in the alphabetical order of their labels in the interface language. */
export function sortTopics(topics: TopicData[], lang: Lang): TopicData[] {
  const collator = new Intl.Collator(lang);
  return [...topics].sort((a, b) => collator.compare(a.label[lang], b.label[lang]));
}

/** The validated content, loaded once per build. */
export function getLibrary(): Promise<LibraryData> {
  cached ??= load();
  return cached;
}

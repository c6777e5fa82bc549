import type { Lang } from '../i18n/ui.ts';
import type { Interview, Question, Section, Topic } from '../library/model.ts';

export interface TopicEntry {
  interview: Interview;
  section: Section;
  question: Question;
}

/**
 * Every question and answer under each topic its section is tagged with, in the order of
 * `topics`, then interviews, sections and questions as given. Topics with no entry stay,
 * empty, so that every topic has a page.
 */
export function buildTopicIndex(
  interviews: readonly Interview[],
  topics: readonly Pick<Topic, 'id'>[],
): Map<string, TopicEntry[]> {
  const index = new Map<string, TopicEntry[]>(topics.map(({ id }) => [id, []]));
  for (const interview of interviews) {
    for (const section of interview.sections) {
      for (const topic of section.topics) {
        const entries = index.get(topic);
        if (!entries) continue;
        for (const question of section.questions) {
          entries.push({ interview, section, question });
        }
      }
    }
  }
  return index;
}

/** Topics in the alphabetical order of their labels in the interface language. */
export function sortTopics<T extends Pick<Topic, 'label'>>(topics: readonly T[], lang: Lang): T[] {
  const collator = new Intl.Collator(lang);
  return [...topics].sort((a, b) => collator.compare(a.label[lang], b.label[lang]));
}

/** The topics of these sections, each once, in the order they are first tagged. */
export function topicsOf(
  sections: readonly Pick<Section, 'topics'>[],
  topics: readonly Topic[],
): Topic[] {
  const ids = new Set(sections.flatMap((section) => section.topics));
  return [...ids].flatMap((id) => topics.find((topic) => topic.id === id) ?? []);
}

import type { AlignedQuestion, AlignedSection } from './align-gloss.ts';

export interface IndexedInterview {
  id: string;
  sections: AlignedSection[];
}

export interface TopicEntry {
  interview: string;
  section: AlignedSection;
  question: AlignedQuestion;
}

/**
 * Every question and answer under each topic its section is tagged with, in the order of
 * `topicIds`, then interviews, sections and questions as given. Topics with no entry stay,
 * empty, so that every topic has a page.
 */
export function buildTopicIndex(
  interviews: IndexedInterview[],
  topicIds: string[],
): Map<string, TopicEntry[]> {
  const index = new Map<string, TopicEntry[]>(topicIds.map((id) => [id, []]));
  for (const interview of interviews) {
    for (const section of interview.sections) {
      for (const topic of section.topics) {
        const entries = index.get(topic);
        if (!entries) continue;
        for (const question of section.questions) {
          entries.push({ interview: interview.id, section, question });
        }
      }
    }
  }
  return index;
}

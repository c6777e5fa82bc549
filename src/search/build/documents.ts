// What the search index is made of. Pagefind does not index the pages readers get but records
// made for search: a few interviews per record ("page" to Pagefind), so that its list of pages,
// loaded by every first search, stays small as the library grows. Each record is plain text in
// segments (segments.ts), and a map per record says which segment each word position is in.
// The original text of each Q&A is served apart, one small file per language, fetched only for
// the results on screen.
import type { Interview, Library, QuestionText } from '../../library/model.ts';
import { indexedSegment, nameRules, type NameRule } from '../shared/segments.ts';
import { tokens } from '../shared/text.ts';
import {
  headerTexts,
  searchedTexts,
  SEARCH_FILES,
  type Pair,
  type SearchData,
  type SearchInterview,
  type SearchMap,
  type SearchQaText,
} from '../shared/types.ts';

/**
 * Words per record. Fewer records make Pagefind's page list (fetched by every first search)
 * and its per-page work smaller; larger ones make each record's map larger (fetched for the
 * records with results on screen). About four interviews like the seed.
 */
export const WORDS_PER_RECORD = 16_000;

export interface SearchRecord {
  /** An id for Pagefind; readers never see it. */
  url: string;
  content: string;
  /** How many words (positions) the content has, to check Pagefind's count against. */
  words: number;
  map: SearchMap;
}

const pair = (text: { kk: string; en?: string | undefined }): Pair => [text.kk, text.en ?? ''];

export const interviewHeader = ({ meta }: Interview): SearchInterview => ({
  title: pair(meta.title),
  speaker: pair(meta.speaker),
  outlet: meta.outlet,
  date: meta.date,
});

export const qaText = (
  text: QuestionText,
  id: string,
  section: { id: string; title: string },
): SearchQaText => ({
  id,
  section: [section.id, section.title],
  q: text.heading.text,
  p: text.paragraphs.map((p) => p.text),
  n: text.notes.map((n) => n.text),
});

/** Both languages of each Q&A of an interview, in reading order (n counts from 0). */
export function interviewQas(interview: Interview): { kk: SearchQaText; en?: SearchQaText }[] {
  return interview.sections.flatMap((section) =>
    section.questions.map((question) => {
      const kk = qaText(question.kk, question.id, { id: section.id, title: section.title.kk });
      if (!question.en) return { kk };
      const title = section.title.en ?? section.title.kk;
      return { kk, en: qaText(question.en, question.id, { id: section.id, title }) };
    }),
  );
}

/** The segments of one interview, appended to a record's content and map. */
function addInterview(
  interview: Interview,
  record: { parts: string[]; words: number; map: SearchMap },
  rules: NameRule[],
  topicNumbers: Map<string, number>,
): void {
  const add = (texts: string[], topics: number[] = [], held?: Set<number>) => {
    const segment = indexedSegment(texts, rules, topics, held);
    record.parts.push(segment.content);
    record.words += segment.count;
    return segment;
  };
  const at = record.map.interviews.length;
  record.map.interviews.push([interview.id, add(headerTexts(interviewHeader(interview))).count]);
  const qas = interviewQas(interview);
  let n = 0;
  for (const section of interview.sections) {
    const topics = section.topics.map((topic) => topicNumbers.get(topic) ?? -1);
    record.map.sections.push([at, topics]);
    add([], topics);
    for (let i = 0; i < section.questions.length; i++, n++) {
      const qa = qas[n];
      if (!qa) continue;
      const kk = add(searchedTexts(qa.kk));
      // A group's token once per Q&A (segments.ts): not again in English when Kazakh holds it.
      const enWords = qa.en ? add(searchedTexts(qa.en), [], kk.groups).count : 0;
      record.map.qas.push([
        record.map.sections.length - 1,
        kk.count,
        tokens(qa.kk.q).length,
        enWords,
        qa.en ? tokens(qa.en.q).length : 0,
      ]);
    }
  }
}

/** The library as search records, interviews in the library's order. */
export function searchRecords(library: Library, wordsPerRecord = WORDS_PER_RECORD): SearchRecord[] {
  const rules = nameRules(library.aliases.map((group) => group.names));
  const topicNumbers = new Map(library.topics.map((topic, i) => [topic.id, i]));
  const records: SearchRecord[] = [];
  let current: { parts: string[]; words: number; map: SearchMap } | undefined;
  const close = () => {
    if (!current) return;
    const { parts, words, map } = current;
    records.push({ url: `/${records.length}/`, content: parts.join(' '), words, map });
    current = undefined;
  };
  for (const interview of library.interviews) {
    current ??= { parts: [], words: 0, map: { interviews: [], sections: [], qas: [] } };
    addInterview(interview, current, rules, topicNumbers);
    if (current.words >= wordsPerRecord) close();
  }
  close();
  return records;
}

/** Each interview's header and each Q&A's text (one file per language), read for results. */
export function textFiles(
  library: Library,
): { path: string; text: SearchQaText | SearchInterview }[] {
  return library.interviews.flatMap((interview) => [
    { path: SEARCH_FILES.interview(interview.id), text: interviewHeader(interview) },
    ...interviewQas(interview).flatMap(({ kk, en }, n) => [
      { path: SEARCH_FILES.qa(interview.id, n, 'kk'), text: kk },
      ...(en ? [{ path: SEARCH_FILES.qa(interview.id, n, 'en'), text: en }] : []),
    ]),
  ]);
}

/**
 * What the search reads when it opens: topics, alias names, how the vocabulary is split, and
 * where Pagefind's list and the file of every map are.
 */
export function searchData(
  library: Library,
  vocabulary: { letters: string; split: string[] },
  records: number,
  files: Pick<SearchData, 'index' | 'maps'>,
): SearchData {
  return {
    topics: library.topics.map(({ id, label, synonyms }) => ({ id, ...label, synonyms })),
    aliases: library.aliases.map((group) => group.names),
    vocabularyLetters: vocabulary.letters,
    vocabularySplit: vocabulary.split,
    records,
    ...files,
  };
}

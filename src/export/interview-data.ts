import type { Lang } from '../i18n/ui.ts';
import type { Footnote, Interview, Paragraph, Question, Topic } from '../library/model.ts';
import { withBase } from '../site/base.ts';
import { pathTo, type Route } from '../site/routes.ts';
import schema from './interview.v1.schema.json' with { type: 'json' };
import { SCHEMA_PATH } from './paths.ts';

/**
 * `/<interview>/interview.json`: the interview as data, in the shape of the JSON Schema beside
 * this file (version 1). Plain text only, in reading order; English is the unofficial gloss.
 */

type Urls = Record<Lang, string>;
interface Bilingual {
  kk: string;
  en?: string;
}
interface NoteData {
  number: number;
  label: string;
  text: string;
}
interface ParagraphData extends Bilingual {
  id: string;
  url: Urls;
  notes?: Partial<Record<Lang, number[]>>;
}
interface QuestionData {
  id: string;
  url: Urls;
  question: Bilingual;
  paragraphs: ParagraphData[];
  notes?: Partial<Record<Lang, NoteData[]>>;
}
export interface InterviewData {
  $schema: string;
  version: 1;
  id: string;
  url: Urls;
  date: string;
  title: Bilingual;
  speaker: Bilingual;
  outlet: string;
  source: string;
  sourceUrl?: string;
  lede: Bilingual;
  translation: { en: 'unofficial' };
  topics: { id: string; kk: string; en: string }[];
  sections: {
    id: string;
    order: number;
    url: Urls;
    title: Bilingual;
    editorial: boolean;
    topics: string[];
    questions: QuestionData[];
  }[];
}

/** The schema as the site serves it: its `$id` is its own address on this site. */
export function servedSchema(schemaUrl: string): typeof schema {
  return { ...schema, $id: schemaUrl };
}

/** `{ kk, en }` with `en` left out when there is none (the schema forbids empty texts). */
function bilingual(kk: string, en: string | undefined): Bilingual {
  return en === undefined ? { kk } : { kk, en };
}

/** The languages' values of `pick`, keeping only the non-empty ones; undefined if none. */
function perLang<T>(
  question: Question,
  pick: (text: NonNullable<Question['en']>) => T[],
): Partial<Record<Lang, T[]>> | undefined {
  const entries = (['kk', 'en'] as const)
    .map((lang) => [lang, question[lang] ? pick(question[lang]) : []] as const)
    .filter(([, values]) => values.length > 0);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const note = ({ number, label, text }: Footnote): NoteData => ({ number, label, text });

export function interviewData(
  interview: Interview,
  topics: readonly Topic[],
  site: URL,
  base?: string,
): InterviewData {
  const urls = (route: Route, hash = ''): Urls => ({
    kk: new URL(pathTo('kk', route, base) + hash, site).href,
    en: new URL(pathTo('en', route, base) + hash, site).href,
  });
  const { meta } = interview;
  const used = new Set(interview.sections.flatMap((section) => section.topics));
  return {
    $schema: new URL(withBase(SCHEMA_PATH, base), site).href,
    version: 1,
    id: interview.id,
    url: urls({ page: 'interview', interview: interview.id }),
    date: meta.date,
    title: bilingual(meta.title.kk, meta.title.en),
    speaker: bilingual(meta.speaker.kk, meta.speaker.en),
    outlet: meta.outlet,
    source: meta.source,
    ...(meta.sourceUrl ? { sourceUrl: meta.sourceUrl } : {}),
    lede: bilingual(meta.lede.kk, meta.lede.en),
    translation: { en: 'unofficial' },
    topics: topics
      .filter((topic) => used.has(topic.id))
      .map(({ id, label }) => ({ id, kk: label.kk, en: label.en })),
    sections: interview.sections.map((section) => {
      const route: Route = { page: 'section', interview: interview.id, section: section.id };
      return {
        id: section.id,
        order: section.order,
        url: urls(route),
        title: bilingual(section.title.kk, section.title.en),
        editorial: section.editorial,
        topics: section.topics,
        questions: section.questions.map((question) => {
          const { id, kk, en } = question;
          const notes = perLang(question, (text) => text.notes.map(note));
          return {
            id,
            url: urls(route, `#${id}`),
            question: bilingual(kk.heading.text, en?.heading.text),
            paragraphs: kk.paragraphs.map((paragraph, index) => {
              const anchor = `${id}-${index + 1}`;
              const glossed: Paragraph | undefined = en?.paragraphs[index];
              const refs = perLang(question, (text) => text.paragraphs[index]?.notes ?? []);
              return {
                id: anchor,
                url: urls(route, `#${anchor}`),
                ...bilingual(paragraph.text, glossed?.text),
                ...(refs ? { notes: refs } : {}),
              };
            }),
            ...(notes ? { notes } : {}),
          };
        }),
      };
    }),
  };
}

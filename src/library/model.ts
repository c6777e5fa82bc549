import type { z } from 'zod';
import type { correctionSchema, interviewMetaSchema } from './schema.ts';

/**
 * The content model: what `loadLibrary` returns and every page is built from. Text comes
 * twice: `html` (inline HTML, escaped, footnote references as links) and `text` (plain).
 */

/** A text in Kazakh, the source, and optionally in English, our gloss. */
export interface Bilingual<T = string> {
  kk: T;
  en?: T | undefined;
}

export interface RenderedText {
  html: string;
  text: string;
}

export interface Footnote extends RenderedText {
  /** Numbered from 1 within its Q&A. */
  number: number;
  label: string;
}

export interface Paragraph extends RenderedText {
  /** Line in its Markdown file, for messages. */
  line: number;
  /** Numbers of the footnotes this paragraph refers to. */
  notes: number[];
}

/** One language's text of a Q&A: the question, the answer's paragraphs, their footnotes. */
export interface QuestionText {
  heading: RenderedText;
  paragraphs: Paragraph[];
  notes: Footnote[];
}

/** A question and its answer, paragraph-aligned; `en` is absent when there is no gloss. */
export interface Question {
  id: string;
  kk: QuestionText;
  en?: QuestionText;
}

export interface Section {
  id: string;
  order: number;
  title: Bilingual;
  /** The title is the editors', not the source's. */
  editorial: boolean;
  topics: string[];
  /** The Markdown files it was read from, for messages. */
  files: Bilingual;
  questions: Question[];
}

export type InterviewMeta = z.infer<typeof interviewMetaSchema>;

/**
 * A change to the published text (`corrections.yaml`): a gloss correction (`lang: en`) or a
 * documented normalisation of the Kazakh text (`lang: kk`, with `normalisation`).
 */
export type Correction = z.infer<typeof correctionSchema>;

export interface Interview {
  id: string;
  meta: InterviewMeta;
  /** In reading order. */
  sections: Section[];
  /** Newest first, then in reading order: the pages show them, and a feed should carry them. */
  corrections: Correction[];
}

export interface Topic {
  id: string;
  label: { kk: string; en: string };
  /** Extra words the search finds the topic by. */
  synonyms: string[];
}

/** Names readers type for one person, place or body (aliases.yaml), for the search. */
export interface AliasGroup {
  id: string;
  names: string[];
}

export interface Library {
  /** In the order of topics.yaml. */
  topics: Topic[];
  /** In the order of aliases.yaml; none when the file is absent. */
  aliases: AliasGroup[];
  /** Newest first. */
  interviews: Interview[];
}

import type { NORMALISATIONS } from '../library/schema.ts';
import { hasVisibleText } from '../site/text.ts';
import { ImportError } from './import-error.ts';

export interface RawParagraph {
  text: string;
  line: number;
}

export interface RawQuestion {
  text: string;
  line: number;
  paragraphs: RawParagraph[];
}

export interface RawSection {
  /** The topic heading, or null for the questions before the first heading. */
  heading: string | null;
  line: number | null;
  questions: RawQuestion[];
}

/** The normalisations the importer reports (white space is normalised everywhere, silently). */
export type NormalisationKind = Exclude<(typeof NORMALISATIONS)[number], 'white-space'>;

export interface Normalisation {
  kind: NormalisationKind;
  line: number;
}

export interface RawInterview {
  date: string;
  /** The first sentence of the lede, without its full stop. */
  title: string;
  lede: string;
  sections: RawSection[];
  /** The documented normalisations applied, for the editor's information. */
  normalisations: Normalisation[];
}

/** Headings are short: longer lines are paragraphs even without final punctuation. */
const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 10;
const FINAL_PUNCTUATION = /[.!?…:;,—–-]["»”’)]*$/u;
const DATE_MARKER = /^date(?:\s+(\S+))?(?:\s+(.*))?$/u;
const MISSING_SPACE = /([\p{Ll}»”)])\.(\p{Lu})/gu;
/** The last sentence end of a line followed by a tail with no sentence punctuation. */
const GLUED_TAIL = /^(.*[.!?…]["»”’)]*)\s+([^.!?…]+)$/u;

/** A title holds at least one letter or digit. */
const WORD = /[\p{L}\p{N}]/u;

/**
 * White space: tabs, no-break spaces and runs of spaces become one space; ends trimmed. A line
 * of only invisible characters (zero-width spaces, joiners, BOMs) is an empty line.
 */
function normaliseWhiteSpace(line: string): string {
  const normalised = line.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
  return hasVisibleText(normalised) ? normalised : '';
}

function isHeadingLike(text: string): boolean {
  return (
    text.length <= HEADING_MAX_CHARS &&
    text.split(' ').length <= HEADING_MAX_WORDS &&
    /^["«“]?[\p{Lu}\p{N}]/u.test(text) &&
    !FINAL_PUNCTUATION.test(text)
  );
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

interface Token {
  kind: 'question' | 'text';
  text: string;
  line: number;
}

/**
 * Parses the raw interview shape: a first line ` date YYYY-MM-DD <lede>`, questions on lines
 * starting with `- `, answer paragraphs one per line, and short unpunctuated topic headings
 * before a question, also when glued to the end of the previous answer's last paragraph.
 */
export function parseRawInterview(text: string): RawInterview {
  const normalisations: Normalisation[] = [];
  const restoreSpaces = (value: string, line: number): string => {
    const restored = value.replace(MISSING_SPACE, '$1. $2');
    if (restored !== value) normalisations.push({ kind: 'missing-space', line });
    return restored;
  };

  const lines = text.split('\n').map(normaliseWhiteSpace);
  const first = lines.findIndex((line) => line !== '');
  if (first === -1) throw new ImportError('the file holds only white space');

  const marker = DATE_MARKER.exec(lines[first] ?? '');
  if (!marker) {
    throw new ImportError(
      "no date marker: the first line must start with 'date YYYY-MM-DD' and then the lede",
      first + 1,
    );
  }
  const [, date = '', rawLede = ''] = marker;
  if (!isRealDate(date)) {
    throw new ImportError(
      `impossible date '${date}': write the date as YYYY-MM-DD, e.g. 2026-02-05`,
      first + 1,
    );
  }
  if (rawLede === '') throw new ImportError('no lede after the date', first + 1);
  if (!WORD.test(rawLede)) {
    throw new ImportError(
      'the lede has no words; write it after the date, its first sentence is the title',
      first + 1,
    );
  }
  const lede = restoreSpaces(rawLede, first + 1);
  const titleMatch = /^(.+?[.!?…])(?:\s|$)/u.exec(lede);
  const firstSentence = titleMatch?.[1] ?? lede;
  const title = firstSentence.replace(/\.$/, '');
  if (!WORD.test(title)) {
    throw new ImportError(
      `the lede's first sentence '${firstSentence}' has no words, and it is the title; start the lede with a sentence`,
      first + 1,
    );
  }

  const tokens: Token[] = [];
  lines.forEach((line, index) => {
    if (index <= first || line === '') return;
    const question = /^-\s+(.+)$/u.exec(line);
    if (question?.[1] && !WORD.test(question[1])) {
      throw new ImportError(
        `the question on line ${index + 1} has no words; write the question out`,
        index + 1,
      );
    } else if (question?.[1]) {
      tokens.push({
        kind: 'question',
        text: restoreSpaces(question[1], index + 1),
        line: index + 1,
      });
    } else if (line === '-') {
      throw new ImportError("empty question: a '-' line with no text", index + 1);
    } else {
      tokens.push({ kind: 'text', text: restoreSpaces(line, index + 1), line: index + 1 });
    }
  });
  if (!tokens.some((token) => token.kind === 'question')) {
    throw new ImportError("no questions: no line starts with '- '");
  }

  const sections: RawSection[] = [{ heading: null, line: null, questions: [] }];
  let section = sections[0] as RawSection;
  let question: RawQuestion | null = null;
  const startSection = (heading: string, line: number): void => {
    if (question && question.paragraphs.length === 0) {
      throw new ImportError(`the question on line ${question.line} has no answer`, question.line);
    }
    section = { heading, line, questions: [] };
    sections.push(section);
    question = null;
  };

  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (token.kind === 'question') {
      if (question && question.paragraphs.length === 0) {
        throw new ImportError(`the question on line ${question.line} has no answer`, question.line);
      }
      question = { text: token.text, line: token.line, paragraphs: [] };
      section.questions.push(question);
      return;
    }
    if (!question) {
      if (next?.kind === 'question' && isHeadingLike(token.text)) {
        if (section.heading !== null || section.questions.length > 0 || index > 0) {
          throw new ImportError(
            `the topic heading '${section.heading ?? token.text}' is followed by no question`,
            section.line ?? token.line,
          );
        }
        section.heading = token.text;
        section.line = token.line;
        return;
      }
      throw new ImportError(
        section.heading === null
          ? 'text before the first question: the lede belongs on the date line, answers after a question'
          : `the topic heading '${section.heading}' is followed by no question`,
        section.line ?? token.line,
      );
    }
    const answered = question.paragraphs.length > 0;
    if (answered && isHeadingLike(token.text)) {
      if (next?.kind === 'question') return startSection(token.text, token.line);
      if (!next) {
        throw new ImportError(
          `the topic heading '${token.text}' is followed by no question`,
          token.line,
        );
      }
    }
    const glued = next?.kind === 'question' ? GLUED_TAIL.exec(token.text) : null;
    if (glued?.[1] && glued[2] && isHeadingLike(glued[2])) {
      question.paragraphs.push({ text: glued[1], line: token.line });
      normalisations.push({ kind: 'glued-heading', line: token.line });
      return startSection(glued[2], token.line);
    }
    question.paragraphs.push({ text: token.text, line: token.line });
  });

  const last = sections.at(-1)?.questions.at(-1);
  if (last && last.paragraphs.length === 0) {
    throw new ImportError(`the question on line ${last.line} has no answer`, last.line);
  }
  return {
    date,
    title,
    lede,
    sections: sections.filter((s) => s.questions.length > 0),
    normalisations,
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';
import type { Correction } from './model.ts';
import { display } from './read-files.ts';
import { correctionSchema } from './schema.ts';

/** The entries of a YAML list, each with the line it starts on. */
function readEntries(path: string): { value: unknown; line: number }[] {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  const [error] = document.errors;
  if (error) throw new ContentError(display(path), [error.message.split('\n')[0] ?? 'bad YAML']);
  if (document.contents === null) return [];
  if (!isSeq(document.contents)) {
    throw new ContentError(display(path), [
      'must be a list of entries, each starting with "- date: YYYY-MM-DD"',
    ]);
  }
  const values = document.toJS() as unknown[];
  return document.contents.items.map((node, index) => ({
    value: values[index],
    line: lines.linePos(node.range[0]).line,
  }));
}

/** A question a correction may name, in reading order; `glossed` unknown if its gloss failed. */
export interface CorrectableQuestion {
  id: string;
  glossed: boolean | undefined;
}

/**
 * Reads an interview's `corrections.yaml`, if it has one: every entry valid, about a question
 * of the interview (with an English gloss, for a gloss correction) and not dated before the
 * interview. Newest first, then in reading order. Throws a ContentError naming every bad entry.
 */
export function loadCorrections(
  path: string,
  questions: CorrectableQuestion[],
  /** The interview's date, when interview.yaml has a valid one. */
  published: string | undefined,
): Correction[] {
  if (!existsSync(path)) return [];
  const position = new Map(questions.map((question, index) => [question.id, index]));
  const problems: string[] = [];
  const corrections: Correction[] = [];
  readEntries(path).forEach(({ value, line }, index) => {
    const where = `entry ${index + 1} (line ${line})`;
    const parsed = correctionSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${where}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      }
      return;
    }
    const entry = parsed.data;
    const question = questions.find((q) => q.id === entry.question);
    if (!question) {
      problems.push(
        `${where}: question "${entry.question}" is not a question of this interview; use the id after "{#" in its heading`,
      );
    } else if (entry.lang === 'en' && question.glossed === false) {
      problems.push(`${where}: question "${entry.question}" has no English gloss to correct`);
    }
    if (published && entry.date < published) {
      problems.push(`${where}: date ${entry.date} is before the interview's date (${published})`);
    }
    corrections.push(entry);
  });
  if (problems.length > 0) throw new ContentError(display(path), problems);
  return corrections.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      (position.get(a.question) ?? 0) - (position.get(b.question) ?? 0),
  );
}

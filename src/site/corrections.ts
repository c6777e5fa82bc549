import type { Lang } from '../i18n/ui.ts';
import type { Correction, Interview, Question, Section } from '../library/model.ts';
import { pathTo } from './routes.ts';

/** A correction with the section and Q&A it changed: one item of the corrections list. */
export interface CorrectionEntry {
  correction: Correction;
  section: Section;
  question: Question;
}

/** The interview's corrections with their Q&As, in the log's order (newest first). */
export function correctionEntries(interview: Interview): CorrectionEntry[] {
  const where = new Map(
    interview.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, { section, question }] as const),
    ),
  );
  return interview.corrections.flatMap((correction) => {
    const found = where.get(correction.question);
    return found ? [{ correction, ...found }] : [];
  });
}

/**
 * Per question id, the date of the last correction of its English gloss: the date its
 * "corrected" note shows. Normalisations of the Kazakh text are listed, but never noted as
 * corrections: the Kazakh text is not corrected.
 */
export function glossCorrections(corrections: readonly Correction[]): Record<string, string> {
  const latest: Record<string, string> = {};
  for (const { lang, question, date } of corrections) {
    if (lang === 'en' && (latest[question] ?? '') < date) latest[question] = date;
  }
  return latest;
}

/** What a page showing Q&As needs to know of the interview's corrections. */
export interface CorrectionNotes {
  /** Per question id, the date of its gloss's last correction. */
  glossCorrected: Record<string, string>;
  /** The corrections list, on the whole-interview page. */
  correctionsHref: string;
}

export const correctionNotes = (interview: Interview, lang: Lang): CorrectionNotes => ({
  glossCorrected: glossCorrections(interview.corrections),
  correctionsHref: `${pathTo(lang, { page: 'interview', interview: interview.id })}#corrections`,
});

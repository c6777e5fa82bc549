import { strings, type Lang } from '../i18n/index.ts';
import { inLang } from '../site/bilingual.ts';
import type { InterviewData } from './interview-data.ts';

/**
 * The whole interview as plain UTF-8 text in one language, for readers who take it elsewhere:
 * a header, then each section's title, its questions (after a dash) and answers, one
 * paragraph per line, and the footnotes. The English text falls back to the Kazakh source
 * where there is no gloss, as the pages do.
 */
export function plainText(data: InterviewData, lang: Lang): string {
  const t = strings(lang);
  const lines = [
    inLang(data.title, lang),
    `${inLang(data.speaker, lang)} · ${data.outlet} · ${t.formatDate(data.date)} · ${data.source}`,
    ...(lang === 'en' ? [t.translationNote] : []),
    data.url[lang],
  ];
  for (const section of data.sections) {
    lines.push('', '', inLang(section.title, lang));
    for (const question of section.questions) {
      lines.push('', `— ${inLang(question.question, lang)}`);
      for (const paragraph of question.paragraphs) lines.push('', inLang(paragraph, lang));
      // The notes of the text shown: the Kazakh ones where the English falls back to it.
      const shown = question.question.en === undefined ? 'kk' : lang;
      const notes = question.notes?.[shown] ?? [];
      if (notes.length > 0) {
        lines.push(
          '',
          `${t.notesOn[shown]}:`,
          ...notes.map((note) => `[${note.number}] ${note.text}`),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

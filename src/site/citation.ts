import { strings, type Lang } from '../i18n/index.ts';
import type { Interview, Question } from '../library/model.ts';
import { inLang } from './bilingual.ts';

/**
 * How a Q&A is cited: the interview as the source (speaker, outlet, date, who published the
 * Kazakh text), the English gloss marked as this site's unofficial translation, the Q&A's own
 * page as the URL, and the access date left to the reader.
 */
export interface Citation {
  plain: string;
  bibtex: string;
}

/** BibTeX's special characters as text. */
const bibtexText = (text: string): string =>
  text
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[%&#$_]/g, '\\$&')
    .replace(/[~^]/g, (c) => `\\${c}{}`);

export function questionCitation(
  interview: Interview,
  question: Question,
  lang: Lang,
  url: string,
): Citation {
  const t = strings(lang);
  const { meta } = interview;
  const speaker = inLang(meta.speaker, lang);
  const text = inLang(question, lang);
  // The English interface cites the gloss where there is one, and says whose it is.
  const gloss = text === question.en;
  const quoted = lang === 'kk' ? `«${text.heading.text}»` : `“${text.heading.text}”`;
  const published = `${t.interviewWith(meta.outlet)}, ${t.formatDate(meta.date)}`;
  const source = t.kazakhTextBy(meta.source);
  const glossNote = gloss ? t.glossNote(t.siteName) : undefined;
  const plain = [
    `${speaker}.`,
    // A question needs no full stop after it.
    /[?!.…]$/.test(text.heading.text) ? quoted : `${quoted}.`,
    `${[published, source, glossNote].filter(Boolean).join('; ')}.`,
    `${url}.`,
    `${t.accessed}.`,
  ].join(' ');
  const fields: [string, string][] = [
    ['author', `{${bibtexText(speaker)}}`],
    ['title', bibtexText(text.heading.text)],
    ['howpublished', bibtexText(`${t.interviewWith(meta.outlet)}; ${source}`)],
    ['date', meta.date],
    ['year', meta.date.slice(0, 4)],
    ['language', gloss ? 'english' : 'kazakh'],
    ...(glossNote ? ([['note', bibtexText(glossNote)]] as [string, string][]) : []),
    ['url', url],
  ];
  const bibtex = [
    `@misc{${interview.id}:${question.id},`,
    ...fields.map(([name, value]) => `  ${name} = {${value}},`),
    '}',
  ].join('\n');
  return { plain, bibtex };
}

/**
 * The line under a quote, in the quote's language: speaker, outlet, date, and for English
 * text, that it is an unofficial translation. `kkWithGloss` goes under a Kazakh quote copied
 * with its English gloss.
 */
export function quoteCitations(interview: Interview): Record<'kk' | 'kkWithGloss' | 'en', string> {
  const { meta } = interview;
  const line = (lang: Lang): string =>
    `${inLang(meta.speaker, lang)}, ${meta.outlet}, ${strings(lang).formatDate(meta.date)}`;
  const kk = line('kk');
  return {
    kk,
    kkWithGloss: `${kk} (${strings('kk').unofficialTranslation})`,
    en: `${line('en')} (${strings('en').unofficialTranslation})`,
  };
}

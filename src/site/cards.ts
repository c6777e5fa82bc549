import { LANGS, strings, type Lang } from '../i18n/index.ts';
import type { Bilingual, Interview, Library, Question, Section } from '../library/model.ts';
import { inLang } from './bilingual.ts';
import { truncateAtWord } from './text.ts';

/**
 * What each page's preview card (Open Graph image) says, and where it is. The words are
 * decided here, once, for the page's <head> and for the renderer in src/cards/, which only
 * draws what it is given.
 */

/** A card's text, in the interface's language where there is a choice. */
export interface CardData {
  /** The interface language: its title comes first. */
  lang: Lang;
  siteName: string;
  /** What kind of page, e.g. "Сұрақ", top right; empty on the home card. */
  label: string;
  /** The question, or the section, interview or site title, in both languages. */
  title: Bilingual;
  speaker?: string;
  outlet?: string;
  /** Already formatted for the interface language. */
  date?: string;
}

export interface Card {
  /** The PNG's path from the site's root, without the base: `og/en/<interview>.png`. */
  file: string;
  /** og:image:alt: what the card shows, in the interface language. */
  alt: string;
  data: CardData;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

function card(lang: Lang, segments: string[], data: Omit<CardData, 'lang' | 'siteName'>): Card {
  const t = strings(lang);
  const byline = [data.speaker, data.outlet, data.date].filter(Boolean).join(', ');
  const title = inLang(data.title, lang);
  return {
    file: `og/${[lang, ...segments].join('/')}.png`,
    alt: truncateAtWord(
      `${data.label || t.siteName}: ${title}${byline ? ` — ${byline}` : ''}`,
      420,
    ),
    data: { lang, siteName: t.siteName, ...data },
  };
}

/** The byline every card of an interview carries. */
const byline = (interview: Interview, lang: Lang) => ({
  speaker: inLang(interview.meta.speaker, lang),
  outlet: interview.meta.outlet,
  date: strings(lang).formatDate(interview.meta.date),
});

const headings = (question: Question): Bilingual => ({
  kk: question.kk.heading.text,
  en: question.en?.heading.text,
});

/** The home page's card, which the topic and search pages share. */
export function homeCard(lang: Lang): Card {
  const [kk, en] = [strings('kk'), strings('en')];
  return card(lang, [], {
    label: '',
    title: { kk: kk.siteDescription, en: en.siteDescription },
  });
}

export const interviewCard = (interview: Interview, lang: Lang): Card =>
  card(lang, [interview.id], {
    label: strings(lang).wholeInterview,
    title: interview.meta.title,
    ...byline(interview, lang),
  });

export const sectionCard = (interview: Interview, section: Section, lang: Lang): Card =>
  card(lang, [interview.id, section.id], {
    label: strings(lang).cardSection,
    title: section.title,
    ...byline(interview, lang),
  });

export const questionCard = (
  interview: Interview,
  section: Section,
  question: Question,
  lang: Lang,
): Card =>
  card(lang, [interview.id, section.id, question.id], {
    label: strings(lang).question,
    title: headings(question),
    ...byline(interview, lang),
  });

/** Every card of the site, once each: home, and every interview, section and Q&A, per interface. */
export function libraryCards(library: Library): Card[] {
  return LANGS.flatMap((lang) => [
    homeCard(lang),
    ...library.interviews.flatMap((interview) => [
      interviewCard(interview, lang),
      ...interview.sections.flatMap((section) => [
        sectionCard(interview, section, lang),
        ...section.questions.map((question) => questionCard(interview, section, question, lang)),
      ]),
    ]),
  ]);
}

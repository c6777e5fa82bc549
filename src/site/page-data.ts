import { LANGS, strings, type Lang, type UiStrings } from '../i18n/index.ts';
import type { Bilingual, Interview, Library, Question, Section, Topic } from '../library/model.ts';
import { inLang } from './bilingual.ts';
import { homeCard, interviewCard, questionCard, sectionCard, type Card } from './cards.ts';
import { questionCitation, quoteCitations, type Citation } from './citation.ts';
import {
  correctionEntries,
  correctionNotes,
  type CorrectionEntry,
  type CorrectionNotes,
} from './corrections.ts';
import { firstViewCount } from './first-view.ts';
import { pageLinks } from './page-meta.ts';
import { neighbours, questionsInOrder, type QuestionEntry } from './reading-order.ts';
import { pathTo, type Route } from './routes.ts';
import { SCRIPTS, type Script } from './scripts.ts';
import { interviewData, partData } from './structured-data.ts';
import { truncateAtWord } from './text.ts';
import { buildTopicIndex, sortTopics, topicsOf, type TopicEntry } from './topic-index.ts';

/**
 * The data of every page, computed once per route from the library (Astro's getStaticPaths
 * props); the views render what they are given. Kazakh pages have no `lang` segment. Every
 * route's data stay in this one file, though it runs to some 330 lines, so that every page's
 * <head> is filled the same way and the routes read alike.
 */

/** What every page's <head> says about it. */
export interface PageHead {
  lang: Lang;
  title: string;
  description: string;
  /** The page's preview card (Open Graph image). */
  card: Pick<Card, 'file' | 'alt'>;
  /** Pages of an interview: its date (article:published_time). */
  published?: string;
  /** schema.org JSON-LD. */
  structuredData?: unknown;
}

/** What the pages of one interview say about it in their <head>, and its quotes' citations. */
function interviewHead(interview: Interview, structuredData: unknown) {
  return {
    published: interview.meta.date,
    structuredData,
    quoteCitations: quoteCitations(interview),
  };
}

/** The absolute URL of a page in an interface. */
const urlOf = (site: URL, lang: Lang, route: Route): string =>
  pageLinks(site, lang, route).canonical;

interface Path<Props> {
  params: Record<string, string | undefined>;
  props: Props;
}

/**
 * The `[...lang]` param of a page: nothing for the Kazakh interface, `en` for the English one,
 * and `latn` after it for the page's Latin twin (`latn`, `en/latn`).
 */
const langParam = (lang: Lang, script: Script): string | undefined =>
  [...(lang === 'kk' ? [] : [lang]), ...(script === 'latn' ? ['latn'] : [])].join('/') || undefined;

/** A meta description: the text cut at a word boundary. */
const describe = (text: string): string => truncateAtWord(text, 160);

/**
 * One path per interface for every item, and one for its Latin twin (the same data: the build
 * writes the twin's Kazakh text in Latin, middleware.ts) unless `scripts` says otherwise.
 */
function perLang<T, Props>(
  items: readonly T[],
  params: (item: T) => Record<string, string>,
  props: (item: T, lang: Lang) => Props,
  scripts: readonly Script[] = SCRIPTS,
): Path<Props>[] {
  return LANGS.flatMap((lang) =>
    items.flatMap((item) => {
      const data = props(item, lang);
      return scripts.map((script) => ({
        params: { lang: langParam(lang, script), ...params(item) },
        props: data,
      }));
    }),
  );
}

/** A page that exists once per interface and has no other params. */
const perInterface = <Props>(
  props: (lang: Lang, t: UiStrings) => Props,
  scripts: readonly Script[] = SCRIPTS,
): Path<Props>[] =>
  perLang(
    [null],
    () => ({}),
    (_, lang) => props(lang, strings(lang)),
    scripts,
  );

/**
 * Files and pages that exist once per interface and need only its language (feeds, manifests,
 * the page the service worker shows offline): in the Cyrillic script only.
 */
export const langPaths = (): Path<{ lang: Lang }>[] => perInterface((lang) => ({ lang }), ['cyrl']);

export interface HomePage extends PageHead {
  interviews: { interview: Interview; topics: Topic[] }[];
}

export const homePages = (library: Library): Path<HomePage>[] =>
  perInterface((lang, t) => ({
    lang,
    title: `${t.siteName} — ${t.siteDescription}`,
    description: t.siteDescription,
    card: homeCard(lang),
    interviews: library.interviews.map((interview) => ({
      interview,
      topics: topicsOf(interview.sections, library.topics),
    })),
  }));

/** The citation lines a quote from an interview's pages carries (quote.ts copies them). */
export type QuoteCitations = ReturnType<typeof quoteCitations>;

export interface SectionWithTopics {
  section: Section;
  topics: Topic[];
}

export interface InterviewPage extends PageHead, CorrectionNotes {
  interview: Interview;
  /** The sections the page holds itself, in its first view. */
  sections: SectionWithTopics[];
  /** The others: their headings, and the page they are fetched from after the first view. */
  later: { sections: SectionWithTopics[]; href: string } | undefined;
  corrections: CorrectionEntry[];
  quoteCitations: QuoteCitations;
}

/** The whole-interview page's later sections, on a page of their own (interviewRestPages). */
export interface InterviewRestPage extends CorrectionNotes {
  lang: Lang;
  title: string;
  interview: Interview;
  sections: SectionWithTopics[];
}

/** Each interview's sections with their topics: those of the first view, and the rest. */
const splitInterviews = (library: Library) =>
  library.interviews.map((interview) => {
    const sections = interview.sections.map((section) => ({
      section,
      topics: topicsOf([section], library.topics),
    }));
    const count = firstViewCount(interview.sections);
    return { interview, first: sections.slice(0, count), rest: sections.slice(count) };
  });

const interviewTitle = (interview: Interview, lang: Lang): string =>
  `${inLang(interview.meta.title, lang)} — ${strings(lang).siteName}`;

export const interviewPages = (library: Library, site: URL): Path<InterviewPage>[] =>
  perLang(
    splitInterviews(library),
    ({ interview }) => ({ interview: interview.id }),
    ({ interview, first, rest }, lang) => ({
      lang,
      title: interviewTitle(interview, lang),
      description: describe(inLang(interview.meta.lede, lang)),
      card: interviewCard(interview, lang),
      ...interviewHead(
        interview,
        interviewData(interview, urlOf(site, lang, { page: 'interview', interview: interview.id })),
      ),
      interview,
      sections: first,
      later:
        rest.length > 0
          ? {
              sections: rest,
              href: pathTo(lang, { page: 'interview-rest', interview: interview.id }),
            }
          : undefined,
      corrections: correctionEntries(interview),
      ...correctionNotes(interview, lang),
    }),
  );

export const interviewRestPages = (library: Library): Path<InterviewRestPage>[] =>
  perLang(
    splitInterviews(library).filter(({ rest }) => rest.length > 0),
    ({ interview }) => ({ interview: interview.id }),
    ({ interview, rest }, lang) => ({
      lang,
      title: interviewTitle(interview, lang),
      interview,
      sections: rest,
      ...correctionNotes(interview, lang),
    }),
  );

export interface SectionPage extends PageHead, CorrectionNotes {
  interview: Interview;
  section: Section;
  topics: Topic[];
  previous?: Section | undefined;
  next?: Section | undefined;
  quoteCitations: QuoteCitations;
}

/** A part (section, Q&A) of an interview described for search engines. */
const partHead = (site: URL, lang: Lang, interview: Interview, title: Bilingual, route: Route) =>
  interviewHead(
    interview,
    partData(
      interview,
      title,
      urlOf(site, lang, route),
      urlOf(site, lang, { page: 'interview', interview: interview.id }),
    ),
  );

export const sectionPages = (library: Library, site: URL): Path<SectionPage>[] =>
  perLang(
    library.interviews.flatMap((interview) =>
      interview.sections.map((section) => ({ interview, section })),
    ),
    ({ interview, section }) => ({ interview: interview.id, section: section.id }),
    ({ interview, section }, lang) => {
      const title = inLang(section.title, lang);
      const first = section.questions[0];
      return {
        lang,
        title: `${title} — ${strings(lang).siteName}`,
        // The first question says what the section is about better than its title.
        description: describe(first ? inLang(first, lang).heading.text : title),
        card: sectionCard(interview, section, lang),
        ...partHead(site, lang, interview, section.title, {
          page: 'section',
          interview: interview.id,
          section: section.id,
        }),
        interview,
        section,
        topics: topicsOf([section], library.topics),
        ...neighbours(interview.sections, section.id),
        ...correctionNotes(interview, lang),
      };
    },
  );

export interface QuestionPage extends PageHead, CorrectionNotes {
  route: Extract<Route, { page: 'question' }>;
  interview: Interview;
  section: Section;
  question: Question;
  /** The Q&As before and after it in the whole interview. */
  previous?: QuestionEntry | undefined;
  next?: QuestionEntry | undefined;
  citation: Citation;
  quoteCitations: QuoteCitations;
}

export const questionPages = (library: Library, site: URL): Path<QuestionPage>[] =>
  perLang(
    library.interviews.flatMap((interview) =>
      questionsInOrder(interview).map((entry) => ({ interview, ...entry })),
    ),
    ({ interview, section, question }) => ({
      interview: interview.id,
      section: section.id,
      question: question.id,
    }),
    ({ interview, section, question }, lang) => {
      const text = inLang(question, lang);
      const route = {
        page: 'question',
        interview: interview.id,
        section: section.id,
        question: question.id,
      } as const;
      const heading = { kk: question.kk.heading.text, en: question.en?.heading.text };
      return {
        lang,
        title: text.heading.text,
        description: describe(text.paragraphs.map((paragraph) => paragraph.text).join(' ')),
        card: questionCard(interview, section, question, lang),
        ...partHead(site, lang, interview, heading, route),
        route,
        interview,
        section,
        question,
        ...neighbours(questionsInOrder(interview), question.id),
        citation: questionCitation(interview, question, lang, urlOf(site, lang, route)),
        ...correctionNotes(interview, lang),
      };
    },
  );

export interface TopicsPage extends PageHead {
  topics: { topic: Topic; count: number }[];
}

export const topicsPages = (library: Library): Path<TopicsPage>[] => {
  const index = buildTopicIndex(library.interviews, library.topics);
  return perInterface((lang, t) => ({
    lang,
    title: `${t.topics} — ${t.siteName}`,
    description: t.topicsIntro,
    card: homeCard(lang),
    topics: sortTopics(library.topics, lang).map((topic) => ({
      topic,
      count: index.get(topic.id)?.length ?? 0,
    })),
  }));
};

export interface TopicPage extends PageHead {
  topic: Topic;
  entries: TopicEntry[];
}

export const topicPages = (library: Library): Path<TopicPage>[] => {
  const index = buildTopicIndex(library.interviews, library.topics);
  return perLang(
    library.topics,
    (topic) => ({ topic: topic.id }),
    (topic, lang) => {
      const t = strings(lang);
      const entries = index.get(topic.id) ?? [];
      return {
        lang,
        title: `${topic.label[lang]} — ${t.topics} — ${t.siteName}`,
        description: `${topic.label[lang]}: ${t.topicQaCount(entries.length)}`,
        card: homeCard(lang),
        topic,
        entries,
      };
    },
  );
};

export interface SearchPage extends PageHead {
  topics: Topic[];
}

export const searchPages = (library: Library): Path<SearchPage>[] =>
  perInterface((lang, t) => ({
    lang,
    title: `${t.search} — ${t.siteName}`,
    description: t.searchUi.label,
    card: homeCard(lang),
    topics: sortTopics(library.topics, lang),
  }));

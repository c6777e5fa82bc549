import { LANGS, strings, type Lang, type UiStrings } from '../i18n/index.ts';
import type { Interview, Library, Section, Topic } from '../library/model.ts';
import { inLang } from './bilingual.ts';
import {
  correctionEntries,
  correctionNotes,
  type CorrectionEntry,
  type CorrectionNotes,
} from './corrections.ts';
import { firstViewCount } from './first-view.ts';
import { neighbours } from './reading-order.ts';
import { pathTo } from './routes.ts';
import { truncateAtWord } from './text.ts';
import { buildTopicIndex, sortTopics, topicsOf, type TopicEntry } from './topic-index.ts';

/**
 * The data of every page, computed once per route from the library (Astro's getStaticPaths
 * props); the views render what they are given. Kazakh pages have no `lang` segment. Every
 * route's data stay in this one file, a little over 200 lines, so that they read alike.
 */

/** What every page's <head> says about it. */
export interface PageHead {
  lang: Lang;
  title: string;
  description: string;
}

interface Path<Props> {
  params: Record<string, string | undefined>;
  props: Props;
}

const langParam = (lang: Lang): string | undefined => (lang === 'kk' ? undefined : lang);

/** A meta description: the text cut at a word boundary. */
const describe = (text: string): string => truncateAtWord(text, 160);

/** One path per interface for every item. */
function perLang<T, Props>(
  items: readonly T[],
  params: (item: T) => Record<string, string>,
  props: (item: T, lang: Lang) => Props,
): Path<Props>[] {
  return LANGS.flatMap((lang) =>
    items.map((item) => ({
      params: { lang: langParam(lang), ...params(item) },
      props: props(item, lang),
    })),
  );
}

/** A page that exists once per interface and has no other params. */
const perInterface = <Props>(props: (lang: Lang, t: UiStrings) => Props): Path<Props>[] =>
  perLang(
    [null],
    () => ({}),
    (_, lang) => props(lang, strings(lang)),
  );

/** Files and pages that exist once per interface and need only its language (feeds, manifests). */
export const langPaths = (): Path<{ lang: Lang }>[] => perInterface((lang) => ({ lang }));

export interface HomePage extends PageHead {
  interviews: { interview: Interview; topics: Topic[] }[];
}

export const homePages = (library: Library): Path<HomePage>[] =>
  perInterface((lang, t) => ({
    lang,
    title: `${t.siteName} — ${t.siteDescription}`,
    description: t.siteDescription,
    interviews: library.interviews.map((interview) => ({
      interview,
      topics: topicsOf(interview.sections, library.topics),
    })),
  }));

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

export const interviewPages = (library: Library): Path<InterviewPage>[] =>
  perLang(
    splitInterviews(library),
    ({ interview }) => ({ interview: interview.id }),
    ({ interview, first, rest }, lang) => ({
      lang,
      title: interviewTitle(interview, lang),
      description: describe(inLang(interview.meta.lede, lang)),
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
}

export const sectionPages = (library: Library): Path<SectionPage>[] =>
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
        interview,
        section,
        topics: topicsOf([section], library.topics),
        ...neighbours(interview.sections, section.id),
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
    topics: sortTopics(library.topics, lang),
  }));

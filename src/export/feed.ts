import { generateAtomFeed } from 'feedsmith';
import { strings, type Lang } from '../i18n/index.ts';
import type { Interview, Library } from '../library/model.ts';
import { inLang } from '../site/bilingual.ts';
import { correctionsPath } from '../site/corrections.ts';
import { pathTo } from '../site/routes.ts';
import { feedPath } from './paths.ts';

/** An Atom date-time for a YYYY-MM-DD day (feeds need a time; midnight UTC). */
const dayStart = (date: string): Date => new Date(`${date}T00:00:00Z`);

/**
 * When an entry last changed: its publication date, or the date of its latest correction, so
 * that feed readers show a corrected interview again.
 */
export function entryUpdated(interview: Interview): Date {
  const latest = interview.corrections
    .map((correction) => correction.date)
    .reduce((a, b) => (a > b ? a : b), interview.meta.date);
  return dayStart(latest);
}

/** The entry's summary: outlet, source and lede, then its corrections log, newest first. */
export function entrySummary(interview: Interview, lang: Lang): string {
  const t = strings(lang);
  const { outlet, source, lede } = interview.meta;
  const summary = `${outlet} (${source}). ${inLang(lede, lang)}`;
  if (interview.corrections.length === 0) return summary;
  const log = interview.corrections.map(
    ({ date, lang: text, what, why }) =>
      `${t.formatDate(date)}, ${t.correctedText[text]}: ${what} ${t.whyChanged}: ${why}`,
  );
  return [summary, `${t.corrections}:`, ...log].join('\n\n');
}

/**
 * One interface's Atom feed (RFC 4287): one entry per interview, newest first, each with its
 * title, dates, speaker, outlet, lede and link. The feed's `updated` is the newest entry's, not
 * the build time, so that a rebuild of the same content gives the same feed.
 */
export function atomFeed(library: Library, lang: Lang, site: URL, base?: string): string {
  const t = strings(lang);
  const absolute = (path: string): string => new URL(path, site).href;
  const home = absolute(pathTo(lang, { page: 'home' }, base));
  const interviews = [...library.interviews].sort(
    (a, b) => entryUpdated(b).getTime() - entryUpdated(a).getTime(),
  );
  const updated = interviews.map(entryUpdated)[0] ?? new Date(0);
  return generateAtomFeed({
    xml: { lang },
    id: home,
    title: { value: t.siteName },
    subtitle: { value: t.siteDescription },
    updated,
    links: [
      { href: home, rel: 'alternate', type: 'text/html' },
      { href: absolute(feedPath(lang, base)), rel: 'self', type: 'application/atom+xml' },
    ],
    authors: [{ name: t.siteName, uri: home }],
    entries: interviews.map((interview) => ({
      // A tag URI (RFC 4151) names the interview, not its address: stable if its path changes.
      id: `tag:${site.hostname},${interview.meta.date}:${interview.id}`,
      title: { value: inLang(interview.meta.title, lang) },
      published: dayStart(interview.meta.date),
      updated: entryUpdated(interview),
      authors: [{ name: inLang(interview.meta.speaker, lang) }],
      links: [
        {
          href: absolute(pathTo(lang, { page: 'interview', interview: interview.id }, base)),
          rel: 'alternate',
          type: 'text/html',
        },
        ...(interview.corrections.length > 0
          ? [{ href: absolute(correctionsPath(lang, interview.id, base)), rel: 'related' }]
          : []),
      ],
      summary: { value: entrySummary(interview, lang) },
      categories: interview.sections
        .flatMap((section) => section.topics)
        .filter((topic, index, all) => all.indexOf(topic) === index)
        .map((id) => {
          const topic = library.topics.find((candidate) => candidate.id === id);
          return { term: id, ...(topic ? { label: topic.label[lang] } : {}) };
        }),
    })),
  });
}

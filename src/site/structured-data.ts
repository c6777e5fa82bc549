import { strings } from '../i18n/index.ts';
import type { Bilingual, Interview } from '../library/model.ts';

/**
 * schema.org descriptions (JSON-LD) of the interview and its parts, for the pages that show
 * them: an Article in the "Interview" genre, in Kazakh, by the speaker, published by the
 * outlet, with the English gloss as its translation (`workTranslation`) by this site.
 */

type Thing = Record<string, unknown>;

/** The parts every description shares: who said it, who published it, when. */
function provenance(interview: Interview): Thing {
  const { meta } = interview;
  return {
    genre: 'Interview',
    datePublished: meta.date,
    author: {
      '@type': 'Person',
      name: meta.speaker.kk,
      ...(meta.speaker.en ? { alternateName: meta.speaker.en } : {}),
    },
    publisher: { '@type': 'Organization', name: meta.outlet },
    sourceOrganization: { '@type': 'Organization', name: meta.source },
    ...(meta.sourceUrl ? { isBasedOn: meta.sourceUrl } : {}),
  };
}

/** A work in Kazakh titled `headline`, with its English gloss when there is one. */
function work(headline: Bilingual, url: string): Thing {
  return {
    '@type': 'Article',
    headline: headline.kk,
    inLanguage: 'kk',
    url,
    ...(headline.en
      ? {
          workTranslation: {
            '@type': 'Article',
            headline: headline.en,
            inLanguage: 'en',
            translator: { '@type': 'Organization', name: strings('en').siteName },
            description: strings('en').translationNote,
          },
        }
      : {}),
  };
}

/** The whole interview, at its page's URL. */
export function interviewData(interview: Interview, url: string): Thing {
  return {
    '@context': 'https://schema.org',
    ...work(interview.meta.title, url),
    ...provenance(interview),
  };
}

/** A section or a Q&A of the interview, part of the whole at `interviewUrl`. */
export function partData(
  interview: Interview,
  headline: Bilingual,
  url: string,
  interviewUrl: string,
): Thing {
  return {
    '@context': 'https://schema.org',
    ...work(headline, url),
    ...provenance(interview),
    isPartOf: { ...work(interview.meta.title, interviewUrl) },
  };
}

/** JSON for a <script type="application/ld+json">: nothing in it can close the element. */
export const jsonForScript = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c');

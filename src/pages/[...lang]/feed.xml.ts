import type { APIRoute } from 'astro';
import { atomFeed } from '../../export/feed.ts';
import { siteOf } from '../../export/paths.ts';
import type { Lang } from '../../i18n/index.ts';
import { loadLibrary } from '../../library/load-library.ts';
import { langPaths } from '../../site/page-data.ts';

export const getStaticPaths = langPaths;

/** The interface's Atom feed of interviews. */
export const GET: APIRoute<{ lang: Lang }> = ({ props, site }) =>
  new Response(atomFeed(loadLibrary(), props.lang, siteOf(site)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/index.ts';
import { langPaths } from '../../site/page-data.ts';
import { webAppManifest } from '../../site/web-app.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props }) =>
  new Response(`${JSON.stringify(webAppManifest(props.lang), null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });

import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './site/csp-meta.ts';
import { latinPage } from './site/latin-page.ts';
import { scriptOf, twinHref } from './site/routes.ts';

// Runs on every page as `astro build` renders it (and in dev, where Astro adds no policy): a
// page's Latin twin (README, "Kazakh in the Latin script") gets its Kazakh text in Latin, and
// every page its Content-Security-Policy first in <head>.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  let html = await response.text();
  if (scriptOf(context.url.pathname) === 'latn')
    html = latinPage(html, { twinOf: (href) => twinHref(href) });
  return new Response(cspMetaFirst(html), response);
});

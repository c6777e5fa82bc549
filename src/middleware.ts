import { defineMiddleware } from 'astro:middleware';
import { cspMetaFirst } from './site/csp-meta.ts';

// Runs on every page as `astro build` renders it (and in dev, where Astro adds no policy).
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(cspMetaFirst(await response.text()), response);
});

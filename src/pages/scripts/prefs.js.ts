import type { APIRoute } from 'astro';
import { applyPreferences, PREFERENCES } from '../../reader/preferences.ts';

/** The blocking script in every page's <head>: the reader's choices, applied before paint. */
export const GET: APIRoute = () =>
  new Response(`(${applyPreferences.toString()})(${JSON.stringify(PREFERENCES)});\n`, {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });

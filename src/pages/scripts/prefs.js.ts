import type { APIRoute } from 'astro';
import { transformSync } from 'esbuild';
import { applyPreferences, PREFERENCES, SCRIPT_CHOICE } from '../../reader/preferences.ts';

/**
 * The blocking script in every page's <head>: the reader's choices, applied before paint.
 * Minified, as Astro does the page's other scripts: it is fetched before the first paint.
 */
export const GET: APIRoute = () =>
  new Response(
    transformSync(
      `(${applyPreferences.toString()})(${JSON.stringify(PREFERENCES)}, ${JSON.stringify(SCRIPT_CHOICE)});`,
      {
        minify: true,
      },
    ).code,
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );

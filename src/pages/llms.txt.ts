import type { APIRoute } from 'astro';
import { llmsTxt } from '../export/llms-txt.ts';
import { siteOf } from '../export/paths.ts';
import { loadLibrary } from '../library/load-library.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(llmsTxt(loadLibrary(), siteOf(site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

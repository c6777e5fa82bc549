import type { APIRoute } from 'astro';
import { loadLibrary } from '../library/load-library.ts';
import type { SearchTopic } from '../search/shared/types.ts';

/** Topic labels for the search's filters and its no-results suggestions, fetched on first use. */
export const GET: APIRoute = () => {
  const topics: SearchTopic[] = loadLibrary().topics.map(({ id, label }) => ({ id, ...label }));
  return new Response(JSON.stringify({ topics }), {
    headers: { 'content-type': 'application/json' },
  });
};

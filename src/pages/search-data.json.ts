import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library.ts';

/** Topic labels for the search's filters and its no-results suggestions, fetched on first use. */
export const GET: APIRoute = async () => {
  const { topics } = await getLibrary();
  const data = { topics: topics.map(({ id, label }) => ({ id, ...label })) };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};

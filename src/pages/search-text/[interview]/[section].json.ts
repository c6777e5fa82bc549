import type { APIRoute } from 'astro';
import { loadLibrary } from '../../../library/load-library.ts';
import type { Section } from '../../../library/model.ts';
import { searchTexts } from '../../../search/build/documents.ts';

/** The original text of one section, for search excerpts; fetched only for sections found. */
export function getStaticPaths() {
  return loadLibrary().interviews.flatMap((interview) =>
    interview.sections.map((section) => ({
      params: { interview: interview.id, section: section.id },
      props: { section },
    })),
  );
}

export const GET: APIRoute<{ section: Section }> = ({ props }) =>
  new Response(JSON.stringify(searchTexts(props.section)), {
    headers: { 'content-type': 'application/json' },
  });

import type { APIRoute } from 'astro';
import { getLibrary } from '../../../data/library.ts';
import type { AlignedSection } from '../../../lib/align-gloss.ts';
import { searchTexts } from '../../../lib/search-records.ts';

/** The original text of one section, for search excerpts; fetched only for sections found. */
export async function getStaticPaths() {
  const { interviews } = await getLibrary();
  return interviews.flatMap((interview) =>
    interview.sections.map((section) => ({
      params: { interview: interview.id, section: section.id },
      props: { section },
    })),
  );
}

export const GET: APIRoute<{ section: AlignedSection }> = ({ props }) =>
  new Response(JSON.stringify(searchTexts(props.section)), {
    headers: { 'content-type': 'application/json' },
  });

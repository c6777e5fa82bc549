import type { APIRoute } from 'astro';
import { interviewData } from '../../export/interview-data.ts';
import { siteOf } from '../../export/paths.ts';
import { loadLibrary } from '../../library/load-library.ts';
import type { Interview } from '../../library/model.ts';

export function getStaticPaths() {
  return loadLibrary().interviews.map((interview) => ({
    params: { interview: interview.id },
    props: { interview },
  }));
}

/** The interview as data (src/export/interview.v1.schema.json). */
export const GET: APIRoute<{ interview: Interview }> = ({ props, site }) => {
  const data = interviewData(props.interview, loadLibrary().topics, siteOf(site));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { interviewData } from '../../export/interview-data.ts';
import { plainTextFile, siteOf } from '../../export/paths.ts';
import { plainText } from '../../export/plain-text.ts';
import { LANGS, type Lang } from '../../i18n/index.ts';
import { loadLibrary } from '../../library/load-library.ts';
import type { Interview } from '../../library/model.ts';

/** `/<interview>/<interview>.<lang>.txt`: the whole interview as plain text in each language. */
export function getStaticPaths() {
  return loadLibrary().interviews.flatMap((interview) =>
    LANGS.map((lang) => ({
      params: { interview: interview.id, file: plainTextFile(interview.id, lang).slice(0, -4) },
      props: { interview, lang },
    })),
  );
}

export const GET: APIRoute<{ interview: Interview; lang: Lang }> = ({ props, site }) => {
  const data = interviewData(props.interview, loadLibrary().topics, siteOf(site));
  return new Response(plainText(data, props.lang), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};

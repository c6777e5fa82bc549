import type { APIRoute } from 'astro';
import { servedSchema } from '../../export/interview-data.ts';
import { SCHEMA_PATH, siteOf } from '../../export/paths.ts';
import { withBase } from '../../site/base.ts';

/** The JSON Schema of interview.json, with `$id` set to where this site serves it. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(servedSchema(new URL(withBase(SCHEMA_PATH), siteOf(site)).href), null, 2)}\n`,
    { headers: { 'content-type': 'application/schema+json' } },
  );

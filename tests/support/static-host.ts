// A static host as the tests and benchmarks need it: sirv for the files, the site's 404.html
// for anything else, and the headers of its _headers file (the format Netlify and Cloudflare
// Pages read), so that tests run under them.
import { existsSync, readFileSync } from 'node:fs';
import type { OutgoingHttpHeaders, RequestListener } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** `_headers` rules: a path pattern (`*` matches anything) and the headers it sets. */
function readHeaderRules(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
  const path = join(dir, '_headers');
  if (!existsSync(path)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** Serves the built site in `dir` at `base`, as a static host would. */
export function staticSite(dir: string, base = '/'): RequestListener {
  const files = sirv(dir, { dev: false, etag: true });
  const notFound = readFileSync(join(dir, '404.html'));
  const rules = readHeaderRules(dir);
  return (request, response) => {
    const sendNotFound = (): void => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!request.url?.startsWith(base)) return sendNotFound();
    request.url = `/${request.url.slice(base.length)}`;
    const path = request.url.split('?')[0] ?? '/';
    const headers = rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
    // As on such hosts, the file's rules win over the server's own headers (sirv's content type).
    const writeHead = response.writeHead.bind(response);
    response.writeHead = ((status: number, sent: OutgoingHttpHeaders = {}) =>
      writeHead(status, { ...sent, ...Object.fromEntries(headers) })) as typeof response.writeHead;
    files(request, response, sendNotFound);
  };
}

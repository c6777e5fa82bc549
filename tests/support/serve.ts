// Serves a built site for the end-to-end tests, under its base path, as a static host would:
// sirv for the files, the site's 404.html for anything else.
// Usage: node tests/support/serve.ts <dir> <port> [base]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir = 'dist', port = '4329', base = '/'] = process.argv.slice(2);
const files = sirv(dir, { dev: false, etag: true });
const notFound = readFileSync(join(dir, '404.html'));

createServer((request, response) => {
  const sendNotFound = (): void => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFound);
  };
  if (!request.url?.startsWith(base)) return sendNotFound();
  request.url = `/${request.url.slice(base.length)}`;
  files(request, response, sendNotFound);
}).listen(Number(port), 'localhost', () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});

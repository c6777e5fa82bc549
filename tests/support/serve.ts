// Serves a built site for the end-to-end tests and benchmarks (see static-host.ts).
// Usage: node tests/support/serve.ts <dir> <port> [base]
import { createServer } from 'node:http';
import { staticSite } from './static-host.ts';

const [dir = 'dist', port = '4329', base = '/'] = process.argv.slice(2);

createServer(staticSite(dir, base)).listen(Number(port), 'localhost', () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});

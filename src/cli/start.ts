// Builds the site if dist/ is missing or older than its sources, then serves dist/.
// Usage: npm start   (PORT=8080 npm start for another port)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];
const BUILT = join('dist', 'index.html');

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestChange(join(path, name))), 0);
}

function astro(...args: string[]): void {
  const { status } = spawnSync(process.execPath, [ASTRO, ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (builtAt < Math.max(...SOURCES.map(newestChange))) {
  console.log('Building the site (dist/ is missing or out of date)…');
  astro('build');
}
const port = process.env.PORT ?? '4321';
console.log(`Serving dist/ at http://localhost:${port}/  (Ctrl+C to stop)`);
astro('preview', '--port', port);

// Measures the first view of the built site in headless Chromium: the bytes (gzip) of HTML,
// CSS, JavaScript and fonts each page needs, against the budgets in PRODUCT.md.
// Usage: npm run bench [-- --no-build]
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLibrary } from '../../src/lib/load-interviews.ts';
import { launchOptions } from '../support/chromium.ts';

const PORT = 4340;
const ORIGIN = `http://localhost:${PORT}`;
const KB = 1024;
const BUDGET = { htmlCss: 14 * KB, js: 3 * KB, total: 40 * KB };

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string): Kind =>
  (({ document: 'html', stylesheet: 'css', script: 'js', font: 'font' }) as Record<string, Kind>)[
    type
  ] ?? 'other';

function pagesToMeasure(): [string, string][] {
  const [interview] = loadLibrary('content').interviews;
  if (!interview) throw new Error('no interview in content/');
  // The longest section is the heaviest first view of a section page.
  const longest = [...interview.sections].sort(
    (a, b) => JSON.stringify(b).length - JSON.stringify(a).length,
  )[0];
  const section = `/${interview.id}/${longest?.id}/`;
  return [
    ['home (kk)', '/'],
    ['home (en)', '/en/'],
    [`section ${longest?.id} (kk)`, section],
    [`section ${longest?.id} (en)`, `/en${section}`],
    ['whole interview (kk)', `/${interview.id}/`],
  ];
}

async function measure(path: string): Promise<Record<Kind, number>> {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  const totals: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.request().resourceType());
    pending.push(
      response.body().then((body) => {
        totals[kind] += kind === 'font' ? body.length : gzipSync(body).length;
      }),
    );
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await browser.close();
  return totals;
}

const format = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`.padStart(9);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('astro build failed; run npm run build to see why');
}
const server = spawn(
  process.execPath,
  [join('tests', 'support', 'serve.ts'), 'dist', String(PORT)],
  {
    stdio: 'ignore',
  },
);
await new Promise((resolve) => setTimeout(resolve, 500));

let over = 0;
try {
  console.log('First view, gzip bytes (fonts as served), headless Chromium, localhost');
  console.log(`${'page'.padEnd(34)}     HTML      CSS       JS    fonts    total  HTML+CSS`);
  for (const [name, path] of pagesToMeasure()) {
    const t = await measure(path);
    const total = t.html + t.css + t.js + t.font + t.other;
    const flags = [
      t.html + t.css > BUDGET.htmlCss ? 'HTML+CSS over 14 KB' : '',
      t.js > BUDGET.js ? 'JS over 3 KB' : '',
      total > BUDGET.total ? 'total over 40 KB' : '',
    ].filter(Boolean);
    // The whole interview page is long by design; the budgets are for home and section pages.
    if (!name.startsWith('whole')) over += flags.length;
    console.log(
      `${name.padEnd(34)}${format(t.html)}${format(t.css)}${format(t.js)}${format(t.font)}${format(total)}${format(t.html + t.css)}  ${flags.join(', ')}`,
    );
  }
  console.log(
    `Budgets (home and section pages): HTML+CSS ≤ 14 KB, JS run before interaction ≤ 3 KB, total ≤ 40 KB. ${over === 0 ? 'All within budget.' : `${over} over budget.`}`,
  );
} finally {
  server.kill();
}
process.exitCode = over === 0 ? 0 : 1;

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.ts';

/** Runs a real `astro build` of the project with other content, into a temporary folder. */
export function buildSite(contentDir: string, env: Record<string, string> = {}) {
  const outDir = join(tempDir('suhbat-build-'), 'dist');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir, ...env } },
  );
  return { status: result.status, output: result.stdout + result.stderr, outDir };
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const INTERVIEW_DIR = join(
  ROOT,
  'content/interviews/2026-02-05-tokayev-the-news-international',
);
/** The raw seed as received, kept byte-for-byte as the interview's provenance. */
export const SEED = join(INTERVIEW_DIR, 'source.txt');

export function tempDir(prefix = 'suhbat-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the import CLI as a user would, on the same Node as the tests. */
export function runImport(args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/import-interview.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

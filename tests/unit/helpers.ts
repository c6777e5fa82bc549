import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AggregateContentError, loadLibrary } from '../../src/lib/load-interviews.ts';

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

/** The small content fixture: one interview, one section with a gloss, one without. */
export const MINI = join(ROOT, 'tests/fixtures/mini-content');

/** A copy of the small fixture with one file edited and, if given, one more file added. */
export function miniContentWith(
  file: string,
  edit: (text: string) => string,
  extra?: [string, string],
): string {
  const dir = join(tempDir(), 'content');
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  if (extra) writeFileSync(join(dir, extra[0]), extra[1]);
  return dir;
}

/** Every problem the content loader reports, as `file: problem`, paths from `content/`. */
export function contentProblems(dir: string): string[] {
  try {
    loadLibrary(dir);
  } catch (error) {
    if (!(error instanceof AggregateContentError)) throw error;
    return error.contentErrors.flatMap((e) =>
      e.problems.map((p) => `${e.file}: ${p}`.replace(/[^\s"(]*?\/content\//g, '')),
    );
  }
  throw new Error('expected the content to be refused');
}

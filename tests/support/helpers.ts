import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AggregateContentError } from '../../src/library/content-error.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { TEMP_ROOT } from './temp-root.ts';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const INTERVIEW_DIR = join(
  ROOT,
  'content/interviews/2026-02-05-tokayev-the-news-international',
);
/** The raw seed as received, kept byte-for-byte as the interview's provenance. */
export const SEED = join(INTERVIEW_DIR, 'source.txt');

/** A new folder inside the test run's own (temp-root.ts), or the system's outside a run. */
export function tempDir(prefix = 'suhbat-'): string {
  return mkdtempSync(join(process.env[TEMP_ROOT] ?? tmpdir(), prefix));
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

/** A change to a file of the fixture: an edit of its text, or the whole text of a new file. */
export type FileChange = ((text: string) => string) | string;

/** A copy of the small fixture with some files edited or added, paths relative to `content/`. */
export function miniContentWith(changes: Record<string, FileChange>): string {
  const dir = join(tempDir(), 'content');
  cpSync(MINI, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof change === 'string' ? change : change(readFileSync(path, 'utf8')));
  }
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

/** The value, which the test needs to be there: fails with `what` when it is not. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

// One folder for a test run's temporary files (tempDir in helpers.ts), removed when the run
// ends, so that runs leave nothing behind in the system's temp folder. The global setup of
// both Vitest and Playwright; their workers inherit the variable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMP_ROOT = 'SUHBAT_TEST_TMP';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'suhbat-run-'));
  process.env[TEMP_ROOT] = root;
  return () => rmSync(root, { recursive: true, force: true });
}

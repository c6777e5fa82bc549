import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASE_DIST = 'tests/e2e/base-path/dist';
const VNU = fileURLToPath(
  new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);

// The site built for / and the one built for /reader/ (by the base-path project's server).
test('every built page is valid HTML (W3C Nu Html Checker)', () => {
  test.setTimeout(240_000);
  const result = spawnSync(
    'java',
    ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', 'dist', BASE_DIST],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.error) {
    throw new Error(
      `The Nu Html Checker needs a Java runtime (${result.error.message}): on Debian/Ubuntu, apt-get install -y default-jre-headless`,
    );
  }
  const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; lastLine: number; message: string }[];
  };
  const errors = messages
    .filter((m) => m.type === 'error')
    .map(
      (m) =>
        `${m.url.replace(/^.*?\/(?=(tests\/e2e\/base-path\/)?dist\/)/, '')}:${m.lastLine} ${m.message}`,
    );
  expect(errors).toEqual([]);
  expect(existsSync(BASE_DIST), 'the base-path build').toBe(true);
  expect(result.status).toBe(0);
});

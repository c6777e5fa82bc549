import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VNU = fileURLToPath(
  new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);

test('every built page is valid HTML (W3C Nu Html Checker)', () => {
  test.setTimeout(120_000);
  const result = spawnSync(
    'java',
    ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', 'dist'],
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
    .map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine} ${m.message}`);
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
});

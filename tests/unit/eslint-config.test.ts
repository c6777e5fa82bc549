import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.ts';

const eslint = new ESLint({ cwd: ROOT });

/** The rules that a file at `path` with this source breaks. */
async function broken(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}/${path}` });
  return (result?.messages ?? []).map((message) => `${message.line}: ${message.ruleId}`);
}

const NODE_ONLY = [
  "import { readFileSync } from 'node:fs';",
  "import { join } from 'path';",
  "import { loadLibrary } from '../library/load-library.ts';",
  "import { parse } from 'yaml';",
  'export const used = [readFileSync, join, loadLibrary, parse];',
].join('\n');

describe('the boundary between browser and Node code', () => {
  it('stops browser code from importing Node-only modules', async () => {
    for (const folder of [
      'src/reader',
      'src/search/browser',
      'src/search/shared',
      'src/offline/browser',
      'src/offline/shared',
      'src/site',
    ]) {
      expect(await broken(`${folder}/example.ts`, NODE_ONLY), folder).toEqual([
        '1: @typescript-eslint/no-restricted-imports',
        '2: @typescript-eslint/no-restricted-imports',
        '3: @typescript-eslint/no-restricted-imports',
        '4: @typescript-eslint/no-restricted-imports',
      ]);
    }
  });

  it("stops the offline worker and page code from importing the build's modules", async () => {
    const source = [
      "import { build } from 'esbuild';",
      "import { saveLists } from '../build/save-lists.ts';",
      "import { atomFeed } from '../../export/feed.ts';",
      'export const used = [build, saveLists, atomFeed];',
    ].join('\n');
    expect(await broken('src/offline/browser/example.ts', source)).toEqual([
      '1: @typescript-eslint/no-restricted-imports',
      '2: @typescript-eslint/no-restricted-imports',
      '3: @typescript-eslint/no-restricted-imports',
    ]);
  });

  it('lets browser code import types from Node-only folders', async () => {
    const source = "import type { Library } from '../library/model.ts';\nexport type L = Library;";
    expect(await broken('src/site/example.ts', source)).toEqual([]);
  });

  it('leaves Node code free to use Node', async () => {
    expect(await broken('src/library/example.ts', NODE_ONLY)).toEqual([]);
    expect(await broken('src/importer/example.ts', NODE_ONLY)).toEqual([]);
    expect(await broken('src/offline/build/example.ts', NODE_ONLY)).toEqual([]);
  });
});

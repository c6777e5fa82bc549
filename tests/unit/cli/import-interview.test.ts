import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runImport, SEED, tempDir } from '../../support/helpers.ts';

const ID = '2026-02-05-tokayev-the-news-international';
const EXPECTED = join(ROOT, 'tests/fixtures/import-seed/expected');

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

describe('importing the seed', () => {
  const first = tempDir();
  const second = tempDir();
  const run1 = runImport([SEED, '--id', ID, '--out', first]);
  const run2 = runImport([SEED, '--id', ID, '--out', second]);

  it('succeeds and reports the normalisations', () => {
    expect(run1.stderr).toBe('');
    expect(run1.status).toBe(0);
    expect(run1.stdout).toContain('Imported 9 sections, 11 questions');
    expect(run1.stdout).toContain('line 3: restored a missing space after a full stop');
    expect(run1.stdout).toContain('line 7: moved a topic heading glued to the paragraph');
  });

  it('matches the committed expected output file for file', () => {
    const actual = tree(join(first, ID));
    const expected = tree(EXPECTED);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) {
      expect(actual.get(path)?.toString('utf8'), path).toBe(bytes.toString('utf8'));
    }
  });

  it('is byte-identical on a second run', () => {
    expect(run2.status).toBe(0);
    const a = tree(join(first, ID));
    const b = tree(join(second, ID));
    expect(a.size).toBe(b.size);
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  });

  it('proposes ASCII ids from the Kazakh text', () => {
    expect([...tree(join(first, ID)).keys()].filter((p) => p.startsWith('kk/')).sort()).toEqual([
      'kk/01-qazaqstan-men-pakistan-arasyndagy-2.md',
      'kk/02-prezident-donald-tramptyn-ishki.md',
      'kk/03-ibrahim-kelisimderi.md',
      'kk/04-beybitshilik-kenesin-quru.md',
      'kk/05-gaza-sektoryna-arnalgan-beybit.md',
      'kk/06-resey-ukraina-qaqtygysy.md',
      'kk/07-grenlandiyanyn-bolashagy.md',
      'kk/08-qazaqstandagy-konstitutsiyalyq-reforma.md',
      'kk/09-el-damuynyn-basty-bagdary.md',
    ]);
  });
});

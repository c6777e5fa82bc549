/**
 * Cards kept between builds: a card's PNG is stored under the hash of everything that can
 * change its pixels (its data, the renderer's source, the font files and the versions of the
 * libraries that lay it out and draw it), so an unchanged card is never drawn twice.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CardData } from '../site/cards.ts';
import { FONT_FILES } from './fonts.ts';

/** Where the cache lives, under the project root; CARD_CACHE moves it (the benchmarks do). */
export const CACHE_DIR = process.env['CARD_CACHE'] ?? 'node_modules/.cache/suhbat-cards';
/** Entries no build has used for this long are deleted. */
const MAX_AGE_DAYS = 30;

const require = createRequire(import.meta.url);

/** A package's installed version (some packages do not export their package.json). */
function version(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  throw new Error(`cannot find the version of ${name}`);
}

/** Everything a card's pixels depend on besides its own data. */
export function rendererInputs(): (string | Uint8Array)[] {
  const sources = ['render.ts', 'template.ts', 'layout.ts', 'fit.ts', 'png.ts'].map((file) =>
    readFileSync(new URL(file, import.meta.url)),
  );
  const libraries = ['satori', '@resvg/resvg-js', 'fontkit', 'linebreak'];
  return [
    ...sources,
    ...Object.values(FONT_FILES).map((file) => readFileSync(file)),
    libraries.map((name) => `${name}@${version(name)}`).join(' '),
  ];
}

/** JSON with sorted keys and no undefined fields: equal cards give equal text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data);

export function cardKey(card: CardData, inputs: (string | Uint8Array)[]): string {
  const hash = sha256('');
  for (const input of inputs) hash.update(sha256(input).digest());
  return hash.update(stable(card)).digest('hex').slice(0, 32);
}

/** Writes through a temporary file and a rename: a stopped build leaves no truncated PNG. */
export function writeAtomically(file: string, data: Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

export class CardCache {
  readonly dir: string;
  readonly #inputs = rendererInputs();

  constructor(dir: string = CACHE_DIR) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  key(card: CardData): string {
    return cardKey(card, this.#inputs);
  }

  path(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  /** Whether the card is stored; a stored card is marked as used now, for `prune`. */
  has(key: string): boolean {
    try {
      const now = new Date();
      utimesSync(this.path(key), now, now);
      return true;
    } catch {
      return false;
    }
  }

  /** The card's PNG, from the cache or drawn here and stored (dev server, tests). */
  async get(card: CardData, render: (card: CardData) => Promise<Uint8Array>) {
    const key = this.key(card);
    if (this.has(key)) return { png: readFileSync(this.path(key)), hit: true, key };
    const png = await render(card);
    writeAtomically(this.path(key), png);
    return { png, hit: false, key };
  }

  /** Deletes the entries (and stray temporary files) that no build has used for a while. */
  prune(maxAgeDays = MAX_AGE_DAYS): number {
    const cutoff = Date.now() - maxAgeDays * 24 * 3600 * 1000;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      if (statSync(file).mtimeMs < cutoff) {
        rmSync(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

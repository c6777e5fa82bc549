import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AggregateContentError, ContentError } from './content-error.ts';
import { loadInterview } from './load-interview.ts';
import type { AliasGroup, Interview, Library, Topic } from './model.ts';
import { collect, display, readYaml } from './read-files.ts';
import { aliasesSchema, describeIssues, topicsSchema } from './schema.ts';

/** The content folder; CONTENT_DIR lets tests and benchmarks build the site from other content. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

function loadTopics(contentDir: string): Topic[] {
  const path = join(contentDir, 'topics.yaml');
  const parsed = topicsSchema.safeParse(readYaml(path) ?? {});
  if (!parsed.success) throw new ContentError(display(path), describeIssues(parsed.error));
  return Object.entries(parsed.data).map(([id, { kk, en, synonyms }]) => ({
    id,
    label: { kk, en },
    synonyms,
  }));
}

/** `aliases.yaml`, if there is one: each name in one group only. */
function loadAliases(contentDir: string): AliasGroup[] {
  const path = join(contentDir, 'aliases.yaml');
  if (!existsSync(path)) return [];
  const parsed = aliasesSchema.safeParse(readYaml(path) ?? {});
  if (!parsed.success) throw new ContentError(display(path), describeIssues(parsed.error));
  const groups = Object.entries(parsed.data).map(([id, names]) => ({ id, names }));
  // Case, dots and hyphens do not count: "U.N." is the name "UN".
  const owner = new Map<string, { id: string; name: string }>();
  const problems: string[] = [];
  for (const { id, names } of groups) {
    for (const name of names) {
      const key = name.toLocaleLowerCase('kk').replace(/[.'’-]/g, '');
      const other = owner.get(key);
      if (other) {
        problems.push(
          other.id === id
            ? `${id}: "${name}" is the same name as "${other.name}" (case, dots and hyphens do not count); list it once`
            : `${id}: "${name}" is already a name of ${other.id} ("${other.name}"); keep it in one group`,
        );
      }
      owner.set(key, { id, name });
    }
  }
  if (problems.length > 0) throw new ContentError(display(path), problems);
  return groups;
}

const newestFirst = (a: Interview, b: Interview): number =>
  b.meta.date.localeCompare(a.meta.date) || a.id.localeCompare(b.id);

function readLibrary(contentDir: string): Library {
  const errors: ContentError[] = [];
  const topics = collect(errors, () => loadTopics(contentDir)) ?? [];
  const aliases = collect(errors, () => loadAliases(contentDir)) ?? [];
  const topicIds = new Set(topics.map((topic) => topic.id));
  const root = join(contentDir, 'interviews');
  const dirs = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => join(root, entry.name))
        .sort()
    : [];
  const interviews: Interview[] = [];
  for (const dir of dirs) {
    try {
      interviews.push(loadInterview(dir, topicIds));
    } catch (error) {
      if (error instanceof AggregateContentError) errors.push(...error.contentErrors);
      else throw error;
    }
  }
  if (dirs.length === 0) {
    errors.push(new ContentError(display(root), ['no interviews: run npm run import']));
  }
  if (errors.length > 0) throw new AggregateContentError(errors);
  return { topics, aliases, interviews: interviews.sort(newestFirst) };
}

// The pages render inside Astro's Vite module runner and the search integration is loaded
// with the config: two instances of this module. Keeping the cache on globalThis lets them
// share one read of the content per build.
const CACHE = Symbol.for('suhbat.library');
const cache: Map<string, Library> = ((globalThis as { [CACHE]?: Map<string, Library> })[CACHE] ??=
  new Map());

/**
 * Loads `topics.yaml`, `aliases.yaml` and every interview under `interviews/`, validated and aligned, once per
 * process; every problem found is thrown together as an AggregateContentError.
 */
export function loadLibrary(contentDir: string = CONTENT_DIR): Library {
  const key = resolve(contentDir);
  let library = cache.get(key);
  if (!library) {
    library = readLibrary(key);
    cache.set(key, library);
  }
  return library;
}

/** Drops what was loaded, so that the next `loadLibrary` reads the content again (dev). */
export function forgetLibrary(): void {
  cache.clear();
}

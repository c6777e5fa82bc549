import { EventEmitter } from 'node:events';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { createIndex } from 'pagefind';
import { loadLibrary } from '../../../src/library/load-library.ts';
import type { Library } from '../../../src/library/model.ts';
import { buildSearchFiles, type SearchFile } from '../../../src/search/build/search-files.ts';
import { searchIndex } from '../../../src/search/build/integration.ts';
import { MINI, tempDir } from '../../support/helpers.ts';

// The real Pagefind, its index creation counted: how often the search files are rebuilt.
const pagefind = vi.hoisted(() => ({ createIndex: vi.fn() }));
vi.mock('pagefind', async (importOriginal) => {
  const real = await importOriginal<typeof import('pagefind')>();
  pagefind.createIndex.mockImplementation(real.createIndex);
  return { ...real, createIndex: pagefind.createIndex };
});

type Hooks = Required<ReturnType<typeof searchIndex>['hooks']>;
const logger = { info: vi.fn(), error: vi.fn() } as unknown as Parameters<
  Hooks['astro:build:done']
>[0]['logger'];

beforeEach(() => {
  vi.clearAllMocks();
});

describe('building the search files', () => {
  it("keeps only the Pagefind files the search loads, and adds a map per Pagefind page and each Q&A's text", async () => {
    const files = await buildSearchFiles(loadLibrary(MINI));
    const paths = files.map((file) => file.path);
    expect(paths.some((path) => /^pagefind\/index\/.+\.pf_index$/.test(path))).toBe(true);
    // Pagefind's list of pages and chunks, which data.json names: the search reads the index itself.
    const data = JSON.parse(
      new TextDecoder().decode(files.find((f) => f.path === 'search-index/data.json')?.content),
    ) as { index: string };
    expect(data.index).toMatch(/^pagefind\/pagefind\.kk_\w+\.pf_meta$/);
    expect(paths).toContain(data.index);
    expect(
      paths.filter((path) => /fragment|ui|worker|playground|wasm|\.js$|entry/.test(path)),
    ).toEqual([]);
    // The mini library is one Pagefind page: one map, named by its page hash (and the file of all).
    expect(paths.filter((path) => path.startsWith('search-index/map/kk_'))).toHaveLength(1);
    expect(paths).toContain('search-index/data.json');
    expect(paths).toContain('search-index/qa/2026-01-01-mini/0.kk.json');
    expect(paths).toContain('search-index/interview/2026-01-01-mini.json');
  });

  it('writes every map again in one file that data.json names, its name changing with them', async () => {
    const read = (files: SearchFile[], path: string): unknown =>
      JSON.parse(new TextDecoder().decode(files.find((f) => f.path === path)?.content));
    const mapsOf = async (library: Library) => {
      const files = await buildSearchFiles(library);
      const { maps } = read(files, 'search-index/data.json') as { maps: string };
      const own = files.filter((f) => /^search-index\/map\/kk_\w+\.json$/.test(f.path));
      return {
        path: maps,
        all: read(files, maps),
        own: Object.fromEntries(own.map((f) => [/kk_\w+/.exec(f.path)?.[0], read(files, f.path)])),
      };
    };
    const library = loadLibrary(MINI);
    const mini = await mapsOf(library);
    expect(mini.path).toMatch(/^search-index\/map\/all-[0-9a-f]{16}\.json$/);
    expect(Object.keys(mini.own)).toHaveLength(1);
    expect(mini.all).toEqual(mini.own);
    // One Q&A fewer: other maps, another name, so that no browser keeps the old file for them.
    const [interview] = library.interviews;
    const [section] = interview?.sections ?? [];
    if (!interview || !section) throw new Error('the mini library has an interview with a section');
    const shorter = await mapsOf({
      ...library,
      interviews: [
        {
          ...interview,
          sections: [
            { ...section, questions: section.questions.slice(1) },
            ...interview.sections.slice(1),
          ],
        },
      ],
    });
    expect(shorter.all).toEqual(shorter.own);
    expect(shorter.all).not.toEqual(mini.all);
    expect(shorter.path).not.toBe(mini.path);
  });

  it("compacts, for the build, Pagefind's list that every first search loads", async () => {
    const plain = new Map(
      (await buildSearchFiles(loadLibrary(MINI))).map((file) => [file.path, file.content]),
    );
    const compact = await buildSearchFiles(loadLibrary(MINI), { compact: true });
    const list = compact.filter((file) => file.path.endsWith('.pf_meta'));
    expect(list).toHaveLength(1);
    for (const { path, content } of list) {
      const before = plain.get(path) ?? new Uint8Array();
      expect(content.length, path).toBeLessThan(before.length);
      expect(gunzipSync(content), path).toEqual(gunzipSync(before));
    }
  });

  it('stops, saying what to do, when Pagefind writes an index the search cannot read', async () => {
    const real = pagefind.createIndex.getMockImplementation() as typeof createIndex;
    // The same index, as a Pagefind 9.9.9 would label it in its list of pages and chunks.
    const relabel = (bytes: Uint8Array): Uint8Array => {
      const plain = gunzipSync(bytes);
      const at = plain.indexOf('1.6.');
      plain.set(new TextEncoder().encode('9.9.9'), at);
      return gzipSync(plain);
    };
    pagefind.createIndex.mockImplementationOnce(
      async (options: Parameters<typeof createIndex>[0]) => {
        const created = await real(options);
        const index = created.index;
        if (!index) return created;
        const relabelled: typeof index = {
          ...index,
          addCustomRecord: (record) => index.addCustomRecord(record),
          getFiles: async () => {
            const got = await index.getFiles();
            const files = got.files.map((file) =>
              file.path.endsWith('.pf_meta') ? { ...file, content: relabel(file.content) } : file,
            );
            return { ...got, files };
          },
        };
        return { ...created, index: relabelled };
      },
    );
    await expect(buildSearchFiles(loadLibrary(MINI))).rejects.toThrow(
      /cannot be read by the search: Pagefind 9\.9\.9 wrote this index; the search reads 1\.6\. Install the Pagefind version package-lock\.json names \(npm ci\)/,
    );
  });

  it('writes them into dist/ when the site is built', async () => {
    const dir = tempDir('suhbat-index-');
    const hooks = searchIndex().hooks as Hooks;
    await hooks['astro:build:done']({
      dir: pathToFileURL(`${dir}/`),
      logger,
    } as Parameters<Hooks['astro:build:done']>[0]);
    expect(readdirSync(join(dir, 'pagefind'))).toContain('index');
    const data = JSON.parse(readFileSync(join(dir, 'search-index', 'data.json'), 'utf8')) as {
      topics: unknown[];
      aliases: string[][];
    };
    // The committed content: its topics and its alias table.
    expect(data.topics).toHaveLength(loadLibrary().topics.length);
    expect(data.aliases).toContainEqual(expect.arrayContaining(['Witkoff', 'Уиткофф']));
    expect(pagefind.createIndex).toHaveBeenCalledOnce();
  });
});

describe('the development server', () => {
  function devServer(base: string) {
    const hooks = searchIndex().hooks as Hooks;
    hooks['astro:config:done']({ config: { base } } as Parameters<Hooks['astro:config:done']>[0]);
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    let middleware: (req: { url: string }, res: unknown, next: () => void) => void = () => {};
    const environment = (name: string) => ({ name, hot: { send: vi.fn() } });
    const server = {
      watcher,
      ws: { send: vi.fn() },
      environments: { client: environment('client'), ssr: environment('ssr') },
      middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
    };
    hooks['astro:server:setup']({ server, logger } as unknown as Parameters<
      Hooks['astro:server:setup']
    >[0]);
    const request = (url: string) =>
      new Promise<{ status: number; body: string } | 'next'>((done) => {
        const response = {
          status: 0,
          writeHead(status: number) {
            response.status = status;
          },
          end(body: Uint8Array) {
            done({ status: response.status, body: new TextDecoder().decode(body) });
          },
        };
        middleware({ url }, response, () => done('next'));
      });
    return { watcher, server, request };
  }

  it('serves the index from memory under the base path, and passes anything else on', async () => {
    const { request, watcher } = devServer('/reader');
    expect(watcher.add).toHaveBeenCalledWith(resolve('content'));
    const served = await request('/reader/search-index/data.json?v=1');
    expect(served).toMatchObject({ status: 200 });
    const { index } = JSON.parse(typeof served === 'object' ? served.body : '{}') as {
      index: string;
    };
    expect(await request(`/reader/${index}`)).toMatchObject({ status: 200 });
    expect(await request('/reader/pagefind/no-such-file')).toBe('next');
    expect(await request('/reader/greenland/')).toBe('next');
    expect(pagefind.createIndex).toHaveBeenCalledOnce();
  });

  it('rebuilds after a file in content/ is added, changed or deleted, and only then', async () => {
    const { request, watcher, server } = devServer('/');
    await request('/search-index/data.json');
    watcher.emit('all', 'change', resolve('src/styles/site.css'));
    watcher.emit('all', 'change', resolve('content-elsewhere/topics.yaml'));
    await request('/search-index/data.json');
    expect(pagefind.createIndex).toHaveBeenCalledTimes(1);
    expect(server.ws.send).not.toHaveBeenCalled();
    expect(server.environments.ssr.hot.send).not.toHaveBeenCalled();
    for (const event of ['add', 'change', 'unlink']) {
      watcher.emit('all', event, resolve('content/interviews/x/kk/01-a.md'));
      await request('/search-index/data.json');
    }
    expect(pagefind.createIndex).toHaveBeenCalledTimes(4);
    // The pages read the content again (their getStaticPaths), and the browser reloads.
    expect(server.environments.ssr.hot.send).toHaveBeenCalledWith('astro:content-changed', {});
    expect(server.environments.client.hot.send).not.toHaveBeenCalled();
    expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
  });
});

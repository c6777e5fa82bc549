import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { buildIndex, searchIndex } from '../../../src/search/build/integration.ts';
import { MINI } from '../../support/helpers.ts';

// Pagefind's Node API, mocked: what the integration hands it and what it writes or serves.
const pagefind = vi.hoisted(() => {
  const added: { url: string; content: string }[] = [];
  const file = (path: string) => ({ path, content: new TextEncoder().encode(`<${path}>`) });
  const index = {
    addHTMLFile: vi.fn(async (page: { url: string; content: string }) => {
      added.push(page);
      return { errors: [] };
    }),
    getFiles: vi.fn(async () => ({
      errors: [],
      files: ['pagefind.js', 'pagefind-entry.json', 'index/en_1.pf_index', 'pagefind-ui.js'].map(
        file,
      ),
    })),
  };
  return {
    added,
    index,
    createIndex: vi.fn(async () => ({ index, errors: [] })),
    close: vi.fn(async () => null),
  };
});
vi.mock('pagefind', () => ({ createIndex: pagefind.createIndex, close: pagefind.close }));

type Hooks = Required<ReturnType<typeof searchIndex>['hooks']>;
const logger = { info: vi.fn(), error: vi.fn() } as unknown as Parameters<
  Hooks['astro:build:done']
>[0]['logger'];

beforeEach(() => {
  pagefind.added.length = 0;
  vi.clearAllMocks();
});

describe('building the index', () => {
  it('adds each section once, at its Kazakh section path, and keeps only what the site uses', async () => {
    const files = await buildIndex(loadLibrary(MINI));
    expect(pagefind.added.map((page) => page.url)).toEqual([
      '/2026-01-01-mini/alpha/',
      '/2026-01-01-mini/beta/',
    ]);
    expect(pagefind.added[0]?.content).toContain('data-pagefind-body');
    expect(files.map((file) => file.path)).toEqual([
      'pagefind.js',
      'pagefind-entry.json',
      'index/en_1.pf_index',
    ]);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('writes the index into dist/pagefind/ when the site is built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suhbat-index-'));
    const hooks = searchIndex().hooks as Hooks;
    await hooks['astro:build:done']({
      dir: pathToFileURL(`${dir}/`),
      logger,
    } as Parameters<Hooks['astro:build:done']>[0]);
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual([
      'index',
      'pagefind-entry.json',
      'pagefind.js',
    ]);
    expect(readFileSync(join(dir, 'pagefind', 'pagefind.js'), 'utf8')).toBe('<pagefind.js>');
    // The committed content: one document per section of the seed interview.
    expect(pagefind.added).toHaveLength(loadLibrary().interviews[0]?.sections.length ?? -1);
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
    expect(await request('/reader/pagefind/pagefind.js?v=1')).toEqual({
      status: 200,
      body: '<pagefind.js>',
    });
    expect(await request('/reader/pagefind/no-such-file')).toBe('next');
    expect(await request('/reader/greenland/')).toBe('next');
    expect(pagefind.createIndex).toHaveBeenCalledOnce();
  });

  it('rebuilds after a file in content/ is added, changed or deleted, and only then', async () => {
    const { request, watcher, server } = devServer('/');
    await request('/pagefind/pagefind.js');
    watcher.emit('all', 'change', resolve('src/styles/site.css'));
    watcher.emit('all', 'change', resolve('content-elsewhere/topics.yaml'));
    await request('/pagefind/pagefind.js');
    expect(pagefind.createIndex).toHaveBeenCalledTimes(1);
    expect(server.ws.send).not.toHaveBeenCalled();
    expect(server.environments.ssr.hot.send).not.toHaveBeenCalled();
    for (const event of ['add', 'change', 'unlink']) {
      watcher.emit('all', event, resolve('content/interviews/x/kk/01-a.md'));
      await request('/pagefind/pagefind.js');
    }
    expect(pagefind.createIndex).toHaveBeenCalledTimes(4);
    // The pages read the content again (their getStaticPaths), and the browser reloads.
    expect(server.environments.ssr.hot.send).toHaveBeenCalledWith('astro:content-changed', {});
    expect(server.environments.client.hot.send).not.toHaveBeenCalled();
    expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' });
  });
});

// Chromium driven over the DevTools protocol with nothing watching its network. Playwright enables
// the protocol's Network domain on every page it drives, and the events each request then sends
// made a later search here 7 ms slower on its own (README, "Search at scale"); a reader's browser
// sends none. So the timed searches use this: a pipe to Chromium (the executable Playwright would
// launch), a browser context per cold run, and only input and script evaluation.
import { chromium } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as pause } from 'node:timers/promises';
import { launchOptions } from '../support/chromium.ts';

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export interface BarePage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited, JSON) value. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Text entered at once, as a paste or an input method does: one `beforeinput`, no keydown. */
  insertText(text: string): Promise<void>;
  /** One key pressed and released, with the character it types. */
  press(key: string): Promise<void>;
  /** Resolves once no resource has finished loading for `quietMs`. */
  networkIdle(quietMs?: number): Promise<void>;
}

export interface BareBrowser {
  /** A page in a browser context of its own: an empty cache, like Playwright's `newContext`. */
  newPage(options?: {
    blockServiceWorkers?: boolean;
  }): Promise<BarePage & { close(): Promise<void> }>;
  close(): Promise<void>;
}

/** Key codes of the keys typed that are not letters or digits (the rest send the character). */
const CODES: Record<string, { code: string; keyCode: number }> = {
  '/': { code: 'Slash', keyCode: 191 },
  ' ': { code: 'Space', keyCode: 32 },
  Delete: { code: 'Delete', keyCode: 46 },
};

export async function launchBare(): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'suhbat-bench-'));
  const executable = launchOptions.executablePath ?? chromium.executablePath();
  const child: ChildProcess = spawn(
    executable,
    [
      ...(launchOptions.args ?? []),
      '--headless=new',
      '--remote-debugging-pipe',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const waiting = new Map<number, (reply: Reply) => void>();
  let lastId = 0;
  let pending = '';
  fromBrowser.setEncoding('utf8');
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const reply = JSON.parse(pending.slice(0, end)) as Reply;
      pending = pending.slice(end + 1);
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
    }
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Chromium (${executable}) exited: ${code}`))),
  );
  exited.catch(() => undefined);

  async function send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++lastId;
    const reply = new Promise<Reply>((resolve) => waiting.set(id, resolve));
    toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    const { result, error } = await Promise.race([reply, exited]);
    waiting.delete(id);
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  }

  return {
    async newPage({ blockServiceWorkers = false } = {}) {
      const { browserContextId } = await send<{ browserContextId: string }>(
        'Target.createBrowserContext',
      );
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const call = <T>(method: string, params: object = {}) => send<T>(method, params, sessionId);
      // A page in the background would not get focus: the search box takes it on opening.
      await call('Emulation.setFocusEmulationEnabled', { enabled: true });
      await call('Emulation.setDeviceMetricsOverride', {
        width: 1280,
        height: 720,
        deviceScaleFactor: 1,
        mobile: false,
      });
      // Every request is counted (networkIdle, the bench), not only the first 250; a page with
      // service workers blocked sees none, as in a browser without them.
      await call('Page.addScriptToEvaluateOnNewDocument', {
        source: `performance.setResourceTimingBufferSize(100000);${blockServiceWorkers ? 'delete Navigator.prototype.serviceWorker;' : ''}`,
      });
      const evaluate = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
        const { result, exceptionDetails } = await call<{
          result: { value: R };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        }>('Runtime.evaluate', {
          expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails) {
          throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        }
        return result.value;
      };
      const key = async (type: 'keyDown' | 'keyUp', name: string) => {
        const codes = CODES[name];
        const text = name.length === 1 ? name : undefined;
        await call('Input.dispatchKeyEvent', {
          type,
          key: name,
          code: codes?.code ?? '',
          windowsVirtualKeyCode:
            codes?.keyCode ?? (/^[a-z0-9]$/i.test(name) ? name.toUpperCase().charCodeAt(0) : 0),
          ...(type === 'keyDown' && text ? { text, unmodifiedText: text } : {}),
        });
      };
      const page: BarePage = {
        async goto(url) {
          await call('Page.navigate', { url });
          // Until the new document has loaded: about:blank, complete, may answer first.
          const loaded = () =>
            location.href !== 'about:blank' && document.readyState === 'complete';
          while (!(await evaluate(loaded, null))) await pause(50);
        },
        evaluate,
        async insertText(text) {
          await call('Input.insertText', { text });
        },
        async press(name) {
          await key('keyDown', name);
          await key('keyUp', name);
        },
        async networkIdle(quietMs = 500) {
          let seen = -1;
          for (;;) {
            const count = await evaluate(
              () => performance.getEntriesByType('resource').length,
              null,
            );
            if (count === seen) return;
            seen = count;
            await pause(quietMs);
          }
        },
      };
      return {
        ...page,
        close: async () => {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        // Closed through the protocol, so that its helper processes end with it: killed, they
        // outlived it and wrote into the profile once it was removed.
        const gone = new Promise((resolve) => child.once('exit', resolve));
        send('Browser.close').catch(() => undefined);
        if ((await Promise.race([gone.then(() => true), pause(5000)])) !== true) {
          child.kill('SIGKILL');
          await gone;
        }
      }
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/reader/when-idle.ts';

/** A page in the given state, with its load listeners and idle callbacks kept to run by hand. */
function fakePage(readyState: DocumentReadyState) {
  const onLoad: (() => void)[] = [];
  const idle: (() => void)[] = [];
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
    if (type === 'load') onLoad.push(listener);
  });
  vi.stubGlobal('window', { requestIdleCallback: (work: () => void) => idle.push(work) });
  return { onLoad, idle };
}

afterEach(() => vi.unstubAllGlobals());

describe('whenIdle', () => {
  it('waits for the load event, then for the browser to be idle', () => {
    const page = fakePage('interactive');
    const work = vi.fn();
    whenIdle(work);
    expect(page.idle).toHaveLength(0);
    page.onLoad.forEach((listener) => listener());
    expect(work).not.toHaveBeenCalled();
    page.idle.forEach((callback) => callback());
    expect(work).toHaveBeenCalledOnce();
  });

  it('only waits for idle when the page has already loaded', () => {
    const page = fakePage('complete');
    const work = vi.fn();
    whenIdle(work);
    expect(page.onLoad).toHaveLength(0);
    page.idle.forEach((callback) => callback());
    expect(work).toHaveBeenCalledOnce();
  });
});

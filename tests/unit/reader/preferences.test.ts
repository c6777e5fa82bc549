import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/pages/scripts/prefs.js.ts';
import { defaultView, isView, VIEWS } from '../../../src/reader/preferences.ts';

/** A page's <html>, storage and address, as much of them as the preferences script touches. */
function fakePage(
  search: string,
  stored: Record<string, string>,
  defaultView = 'kk',
  page: { script?: string; twin?: string | null; hash?: string; navigation?: string } = {},
) {
  const attributes = new Map<string, string>([['data-default-view', defaultView]]);
  // null: a page built without a twin (the 404 page), which has neither attribute.
  if (page.twin !== null) {
    attributes.set('data-script', page.script ?? 'cyrl');
    attributes.set('data-script-twin', page.twin ?? '/latn/i/s/');
  }
  const replaced: string[] = [];
  return {
    attributes,
    stored,
    replaced,
    document: {
      documentElement: {
        getAttribute: (name: string) => attributes.get(name) ?? null,
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      },
    },
    localStorage: {
      getItem: (key: string) => stored[key] ?? null,
      setItem: (key: string, value: string) => {
        stored[key] = value;
      },
    },
    location: {
      search,
      hash: page.hash ?? '',
      replace: (url: string) => replaced.push(url),
    },
    performance: {
      getEntries: () => [{ name: page.navigation ?? `https://x.example/i/s/${search}` }],
    },
  };
}

/** Runs the script every page loads in <head>, as served, against a fake page. */
async function runServedScript(page: ReturnType<typeof fakePage>): Promise<void> {
  const script = await (await GET({} as Parameters<typeof GET>[0])).text();
  new Function('document', 'localStorage', 'location', 'performance', script)(
    page.document,
    page.localStorage,
    page.location,
    page.performance,
  );
}

describe('the reading modes', () => {
  it('are Kazakh, English and both; the English interface starts in both', () => {
    expect(VIEWS).toEqual(['kk', 'en', 'both']);
    expect(isView('both')).toBe(true);
    expect(isView('klingon')).toBe(false);
    expect(defaultView('kk')).toBe('kk');
    expect(defaultView('en')).toBe('both');
  });
});

describe('the preferences script served as /scripts/prefs.js', () => {
  it('applies ?view= and remembers it', async () => {
    const page = fakePage('?view=en', { 'suhbat-view': 'both' });
    await runServedScript(page);
    expect(page.attributes.get('data-view')).toBe('en');
    expect(page.stored['suhbat-view']).toBe('en');
  });

  it('falls back to the stored mode, then to the page default', async () => {
    const stored = fakePage('', { 'suhbat-view': 'both' });
    await runServedScript(stored);
    expect(stored.attributes.get('data-view')).toBe('both');
    const unknown = fakePage('?view=klingon', { 'suhbat-view': 'nonsense' }, 'kk');
    await runServedScript(unknown);
    expect(unknown.attributes.get('data-view')).toBe('kk');
    expect(unknown.stored['suhbat-view']).toBe('nonsense');
  });

  it('applies a stored theme, and only a known one', async () => {
    const dark = fakePage('', { 'suhbat-theme': 'dark' });
    await runServedScript(dark);
    expect(dark.attributes.get('data-theme')).toBe('dark');
    const odd = fakePage('', { 'suhbat-theme': 'purple' });
    await runServedScript(odd);
    expect(odd.attributes.has('data-theme')).toBe(false);
  });

  it('still applies the URL where storage is refused (private modes)', async () => {
    const page = fakePage('?view=both', {});
    page.localStorage.getItem = () => {
      throw new Error('SecurityError');
    };
    page.localStorage.setItem = () => {
      throw new Error('SecurityError');
    };
    await runServedScript(page);
    expect(page.attributes.get('data-view')).toBe('both');
  });
});

describe('the Kazakh script, chosen before the first paint', () => {
  it('replaces a page by its twin in the chosen script, keeping the address', async () => {
    const stored = fakePage('?view=en', { 'suhbat-script': 'latn' }, 'kk', { hash: '#q' });
    await runServedScript(stored);
    expect(stored.replaced).toEqual(['/latn/i/s/?view=en#q']);
    const linked = fakePage('?script=latn', {});
    await runServedScript(linked);
    expect(linked.replaced).toEqual(['/latn/i/s/?script=latn']);
    expect(linked.stored['suhbat-script']).toBe('latn');
  });

  it('stays on a page in the chosen script, or when nothing was chosen', async () => {
    const cyrillic = fakePage('?script=cyrl', { 'suhbat-script': 'latn' }, 'kk', {
      twin: '/latn/i/s/',
    });
    await runServedScript(cyrillic);
    expect(cyrillic.replaced).toEqual([]);
    expect(cyrillic.stored['suhbat-script']).toBe('cyrl');
    const latin = fakePage('', { 'suhbat-script': 'latn' }, 'kk', {
      script: 'latn',
      twin: '/i/s/',
    });
    await runServedScript(latin);
    expect(latin.replaced).toEqual([]);
    for (const page of [fakePage('', {}), fakePage('?script=gothic', { 'suhbat-script': 'x' })]) {
      await runServedScript(page);
      expect(page.replaced).toEqual([]);
    }
  });

  it('keeps a page that has no twin, such as the 404 page served for any address', async () => {
    const page = fakePage('?script=latn', { 'suhbat-script': 'latn' }, 'kk', { twin: null });
    await runServedScript(page);
    expect(page.replaced).toEqual([]);
    expect(page.attributes.get('data-view')).toBe('kk');
  });

  it('stays on the page a quote links to, whatever the script chosen', async () => {
    const page = fakePage('', { 'suhbat-script': 'latn' }, 'kk', {
      navigation: 'https://x.example/i/s/#:~:text=%D0%93%D1%80%D0%B5%D0%BD',
    });
    await runServedScript(page);
    expect(page.replaced).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { GET } from '../../../src/pages/scripts/prefs.js.ts';
import { defaultView, isView, VIEWS } from '../../../src/reader/preferences.ts';

/** A page's <html>, storage and address, as much of them as the preferences script touches. */
function fakePage(search: string, stored: Record<string, string>, defaultView = 'kk') {
  const attributes = new Map<string, string>([['data-default-view', defaultView]]);
  return {
    attributes,
    stored,
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
    location: { search },
  };
}

/** Runs the script every page loads in <head>, as served, against a fake page. */
async function runServedScript(page: ReturnType<typeof fakePage>): Promise<void> {
  const script = await (await GET({} as Parameters<typeof GET>[0])).text();
  new Function('document', 'localStorage', 'location', script)(
    page.document,
    page.localStorage,
    page.location,
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

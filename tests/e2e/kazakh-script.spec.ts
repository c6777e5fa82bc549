import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  actionsLoaded,
  clearanceBelowHeader,
  pressInPlace,
  GREENLAND,
  GREENLAND_QA,
  inBothInterfaces,
  INTERVIEW,
  PAGE_TYPES,
} from './site.ts';

// Every page also exists in Latin, as its twin under latn/ (/latn/…, /en/latn/…): the script
// switch and a link's ?script=latn lead there.

/** The address with these parameters added to the ones it has. */
function withParams(path: string, params: Record<string, string>): string {
  const [pathname = '', query = ''] = path.split('?');
  const search = new URLSearchParams(query);
  for (const [name, value] of Object.entries(params)) search.set(name, value);
  return `${pathname}?${search}`;
}

/** A page's Latin twin, as a path relative to the site's root. */
const twin = (path: string): string => path.replace(/^(en\/)?/, '$1latn/');

/**
 * The URL of a page (a path relative to the root) as a pattern: any query, and the hash given
 * (null: none; left out: any).
 */
const urlOf = (path: string, hash?: string | null): RegExp => {
  const end = hash === undefined ? '(#.*)?' : hash === null ? '' : `#${hash}`;
  const [pathname = ''] = path.split('?');
  return new RegExp(`^[a-z]+://[^/]+/${pathname.replace(/[.?]/g, '\\$&')}(\\?[^#]*)?${end}$`);
};

/** The text a reader sees (innerText leaves out what is hidden). */
const seen = (locator: Locator): Promise<string> =>
  locator.evaluate((element) => (element as HTMLElement).innerText);
const cyrillicIn = (text: string): string[] => text.match(/\p{Script=Cyrillic}+/gu) ?? [];

const paragraph = (page: Page, id = 'greenland-future-1') =>
  page.locator(`#${id} [data-lang="kk"]`);

const { notFound, ...PAGES } = PAGE_TYPES;

test.describe('?script=latn', () => {
  for (const path of Object.values(PAGES)) {
    for (const { lang, path: url } of inBothInterfaces(path)) {
      test(`opens the Latin twin of ${lang} /${url}: no Cyrillic in main, the Latin marked kk-Latn`, async ({
        page,
      }) => {
        await page.goto(withParams(url, { script: 'latn', view: 'both' }));
        await expect(page).toHaveURL(urlOf(twin(url)));
        if (path === PAGE_TYPES.search)
          await expect(page.locator('a.search-hit').first()).toBeVisible();
        const main = page.locator('main');
        expect(cyrillicIn(await seen(main))).toEqual([]);
        // A page of the Kazakh interface is all kk-Latn (its <html>); an English page shows its
        // Kazakh text in "both", but for the lists of topics and English results, which have none.
        if (lang === 'en' && !/^(topics|search)\//.test(path)) {
          await expect(main.locator('[lang="kk-Latn"]').first()).toBeVisible();
        }
        await expect(page.locator('html')).toHaveAttribute(
          'lang',
          lang === 'kk' ? 'kk-Latn' : 'en',
        );
      });
    }
  }

  test('leaves the 404 page, which has no twin, where it is', async ({ page }) => {
    await page.goto(withParams(notFound, { script: 'latn' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бет табылмады');
    await expect(page).toHaveURL(urlOf(notFound));
    // Stored, the choice does not send the page away either.
    await page.goto(notFound);
    await expect(page).toHaveURL(urlOf(notFound));
  });

  test('puts the title, the labels and the messages in Latin too', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(withParams(GREENLAND, { script: 'latn' }));
    await expect(page).toHaveTitle('Grenlandianyñ bolaşağy — Sūhbat');
    await expect(page.getByRole('navigation', { name: 'Sait navigatsiasy' })).toBeVisible();
    await expect(page.getByRole('link', { name: '1-abzatsqa sılteme' }).first()).toBeAttached();
    const qa = page.locator('#greenland-future');
    await qa.getByRole('button', { name: 'Sıltemenı köşıru' }).click();
    await expect(qa.getByRole('status')).toHaveText('Sılteme köşırıldı');
    // The switch's own names are each in their own script.
    const group = page.getByRole('group', { name: 'Älıpbi' });
    await expect(group.getByRole('link', { name: 'Кирил' })).toHaveAttribute('lang', 'kk-Cyrl');
    await expect(group.getByRole('link', { name: 'Latyn' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

test.describe('the switch', () => {
  // A window low enough for the third paragraph to be scrolled to the top.
  test.use({ viewport: { width: 1280, height: 600 } });

  test('opens the page in Latin where the reader is, and the next page follows', async ({
    page,
  }) => {
    await page.goto(GREENLAND);
    expect(await seen(paragraph(page))).toMatch(/^Мен бұл мәселеге/);
    await actionsLoaded(page);
    // The reader has scrolled to the third paragraph: the Latin page opens there.
    await page.locator('#greenland-future-3').evaluate((element) => {
      scrollBy(0, element.getBoundingClientRect().top - innerHeight / 5);
    });
    await pressInPlace(
      page.getByRole('group', { name: 'Әліпби' }).getByRole('link', { name: 'Latyn' }),
    );
    await expect(page).toHaveURL(urlOf(twin(GREENLAND), 'greenland-future-3'));
    expect(await seen(paragraph(page, 'greenland-future-3'))).toMatch(/^Mäselen/);
    await expect(page.locator('#greenland-future-3')).toBeInViewport();
    await expect(page).toHaveTitle('Grenlandianyñ bolaşağy — Sūhbat');

    await page.getByRole('link', { name: /Kelesı bölım/ }).click();
    await expect(page).toHaveURL(urlOf(twin(`${INTERVIEW}/constitutional-reform/`)));
    expect(cyrillicIn(await seen(page.locator('main')))).toEqual([]);
    // A Cyrillic address, say from a bookmark, opens in the script chosen.
    await page.goto(GREENLAND_QA);
    await expect(page).toHaveURL(urlOf(twin(GREENLAND_QA)));
    expect(await seen(paragraph(page))).toMatch(/^Men būl mäselege/);

    // At the top of a page, the other script opens at the top.
    await page.getByRole('group', { name: 'Älıpbi' }).getByRole('link', { name: 'Кирил' }).click();
    await expect(page).toHaveURL(urlOf(GREENLAND_QA, null));
    await page.goto(`${INTERVIEW}/constitutional-reform/`);
    await expect(page).toHaveURL(urlOf(`${INTERVIEW}/constitutional-reform/`));
    expect(await seen(page.locator('#constitutional-amendments-1 [data-lang="kk"]'))).toMatch(
      /\p{Script=Cyrillic}/u,
    );
  });
});

test('the switch keeps the target of a link the reader has not scrolled away from', async ({
  page,
}) => {
  await page.goto(`${GREENLAND}#greenland-future-2`);
  await actionsLoaded(page);
  await pressInPlace(page.getByRole('link', { name: 'Latyn' }));
  await expect(page).toHaveURL(urlOf(twin(GREENLAND), 'greenland-future-2'));
  await expect(page.locator('#greenland-future-2')).toBeInViewport();
});

test('the English interface has the switch for its Kazakh column', async ({ page }) => {
  await page.goto(`en/${GREENLAND}?view=both`);
  const english = page.locator('#greenland-future-1 [data-lang="en"]');
  const before = await seen(english);
  await page
    .getByRole('group', { name: 'Kazakh script' })
    .getByRole('link', { name: 'Latyn' })
    .click();
  await expect(page).toHaveURL(urlOf(`en/${twin(GREENLAND)}`));
  expect(await seen(paragraph(page))).toMatch(/^Men būl/);
  expect(await seen(english)).toBe(before);
  await expect(page).toHaveTitle('The Future of Greenland — Suhbat');
  // The language switch keeps the script.
  await page.getByRole('link', { name: /^(Қазақша|Qazaqşa)$/ }).click();
  await expect(page).toHaveURL(urlOf(twin(GREENLAND)));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch leads to the Latin page, which reads in Latin', async ({ page }) => {
    await page.goto(withParams(GREENLAND, { script: 'latn' }));
    // Only the script that follows a link's ?script= needs JavaScript: the text stays readable.
    expect(await seen(paragraph(page))).toMatch(/^Мен бұл мәселеге/);
    await page.getByRole('group', { name: 'Әліпби' }).getByRole('link', { name: 'Latyn' }).click();
    await expect(page).toHaveURL(urlOf(twin(GREENLAND)));
    expect(cyrillicIn(await seen(page.locator('main')))).toEqual([]);
    expect(await seen(paragraph(page))).toMatch(/^Men būl mäselege/);
  });
});

test.describe('links into the Latin text', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const path of [GREENLAND, `${INTERVIEW}/`, GREENLAND_QA]) {
    test(`a deep link lands on ${path} in Latin, given in the link or stored`, async ({ page }) => {
      for (const url of [
        withParams(path, { script: 'latn' }),
        path, // the choice is stored by now
      ]) {
        await page.goto(`${url}#greenland-future-3`);
        await expect(page).toHaveURL(urlOf(twin(path), 'greenland-future-3'));
        expect(await seen(page.locator('#greenland-future-3'))).toMatch(/^Mäselen/);
        const target = page.locator('#greenland-future-3');
        await expect(target).toBeInViewport();
        await expect(target).toBeFocused();
        expect(await clearanceBelowHeader(page, '#greenland-future-3')).toBeGreaterThanOrEqual(0);
      }
    });
  }

  /** Opens a link to quoted text and tells whether the browser scrolled to the quote. */
  async function landsOnQuote(page: Page, url: string): Promise<boolean> {
    await page.goto(url);
    const target = page.locator('#greenland-future-4');
    await expect(target)
      .toBeInViewport({ timeout: 5_000 })
      .catch(() => undefined);
    return (await page.evaluate(() => scrollY)) > 0 && (await target.isVisible());
  }
  const quote = (text: string) => `#:~:text=${encodeURIComponent(text)}`;
  const CYRILLIC_QUOTE = quote('Тараптар өзара диалог пен жауапкершілігі');
  const LATIN_QUOTE = quote('Taraptar özara dialog pen jauapkerşılıgı');

  test('a link to quoted text lands in the script of the quote', async ({ page }) => {
    expect(await landsOnQuote(page, `${twin(GREENLAND)}${LATIN_QUOTE}`)).toBe(true);
    // Latin is chosen now; a Cyrillic quote still lands, its page kept in Cyrillic.
    await page.goto(withParams('', { script: 'latn' }));
    expect(await landsOnQuote(page, `${GREENLAND}${CYRILLIC_QUOTE}`)).toBe(true);
    await expect(page).toHaveURL(urlOf(GREENLAND));
    expect(await seen(paragraph(page))).toMatch(/^Мен бұл/);
    // …for that page only: the reader's choice is still Latin.
    await page.goto(GREENLAND);
    await expect(page).toHaveURL(urlOf(twin(GREENLAND)));
  });

  test('a quote in one script does not land on the other: the check above can fail', async ({
    page,
  }) => {
    expect(await landsOnQuote(page, `${GREENLAND}${LATIN_QUOTE}`)).toBe(false);
  });
});

test.describe('search in the Latin script', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('results, excerpts and the page a result opens are in Latin, matches marked', async ({
    page,
  }) => {
    await page.goto(twin(GREENLAND));
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill('Ибраһим келісімдеріне');
    const dialog = page.locator('dialog[open]');
    const hit = dialog.locator('a.search-hit').first();
    await expect(hit).toBeVisible();
    await expect(dialog.locator('mark', { hasText: /^İbrahim$/ }).first()).toBeVisible();
    expect(cyrillicIn(await seen(dialog))).toEqual([]);
    await hit.click();
    await expect(page).toHaveURL(/\/latn\/.+\?hl=.+#joining-abraham-accords$/);
    const marks = page.locator('#joining-abraham-accords mark.search-mark');
    await expect(marks.filter({ hasText: /^İbrahim$/ }).first()).toBeVisible();
  });

  test('a query in Latin letters finds the Kazakh text from the Latin search page', async ({
    page,
  }) => {
    await page.goto(`${twin('search/')}?q=${encodeURIComponent('Grenlandiya')}`);
    const results = page.locator('.search-results');
    await expect(results.locator('a.search-hit').first()).toHaveAttribute(
      'href',
      new RegExp(`^/latn/${INTERVIEW}/greenland/`),
    );
    expect(cyrillicIn(await seen(results))).toEqual([]);
  });
});

test.describe('the Q&A page in the Latin script', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link gives the Latin page, and the citation is copied in Latin', async ({
    page,
    baseURL,
  }) => {
    await page.goto(twin(GREENLAND_QA));
    const qa = page.locator('#greenland-future');
    await qa.getByRole('button', { name: 'Sıltemenı köşıru' }).click();
    await expect(qa.getByRole('status')).toHaveText('Sılteme köşırıldı');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${twin(GREENLAND_QA)}`,
    );
    await page.getByText('Bibliografialyq sılteme').click();
    await page.getByRole('button', { name: 'Mätının köşıru' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('Qasym-Jomart Toqaev');
    expect(cyrillicIn(citation)).toEqual([]);
  });
});

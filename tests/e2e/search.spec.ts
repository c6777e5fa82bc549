import { expect, test, type Page } from '@playwright/test';
import { REQUIRED_QUERIES, VARIANT_QUERIES } from '../support/search-queries.ts';
import { GREENLAND, inBothInterfaces, INTERVIEW } from './site.ts';

test.use({ viewport: { width: 1280, height: 900 } });

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(query);
}

const firstHit = (page: Page) => page.locator('dialog[open] a.search-hit').first();

for (const { lang, path } of inBothInterfaces(GREENLAND)) {
  test.describe(`from the ${lang} interface`, () => {
    for (const { query, expected } of REQUIRED_QUERIES) {
      test(`"${query}" gives ${expected} first, and Enter lands on it`, async ({ page }) => {
        await page.goto(path);
        await searchFor(page, query);
        await expect(firstHit(page)).toHaveAttribute('href', new RegExp(`#${expected}$`));
        await page.keyboard.press('ArrowDown');
        await expect(firstHit(page)).toBeFocused();
        await page.keyboard.press('Enter');
        const prefix = lang === 'en' ? 'en/' : '';
        await expect(page).toHaveURL(
          new RegExp(`/${prefix}${INTERVIEW}/[a-z-]+/\\?hl=.+#${expected}$`),
        );
        const target = page.locator(`#${expected}`);
        await expect(target).toBeInViewport();
        await expect(target).toBeFocused();
        await expect(target.locator('mark.search-mark').first()).toBeVisible();
      });
    }
  });
}

test('Russian-keyboard and inflected variants give the same first result', async ({ page }) => {
  // Eleven page loads and searches: time for a loaded machine.
  test.setTimeout(90_000);
  for (const { query, expected } of VARIANT_QUERIES) {
    await page.goto(GREENLAND);
    await searchFor(page, query);
    await expect(firstHit(page), query).toHaveAttribute('href', new RegExp(`#${expected}$`));
  }
});

test('the search opens again after Escape, and "/" does not type into a closed dialog', async ({
  page,
}) => {
  await page.goto(GREENLAND);
  for (const query of ['Трамп', 'Гренландия', 'Gaza']) {
    await searchFor(page, query);
    await expect(firstHit(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
  }
});

test('a click on a result lands on the Q&A with the words marked', async ({ page }) => {
  await page.goto('en/');
  await searchFor(page, 'Гренландияға');
  await firstHit(page).click();
  await expect(page).toHaveURL(/\/en\/.+\/greenland\/\?hl=.+#greenland-future$/);
  await expect(page.locator('#greenland-future mark.search-mark').first()).toHaveText(/Гренландия/);
});

test('the whole flow works from the keyboard, and Escape returns focus', async ({ page }) => {
  await page.goto(GREENLAND);
  const trigger = page.getByRole('link', { name: 'Іздеу' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Trump');
  await expect(firstHit(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('dialog[open] a.search-hit').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('results that arrive while the reader moves through them keep the reader’s place', async ({
  page,
}) => {
  await page.goto(GREENLAND);
  await searchFor(page, 'Трамп');
  const hits = page.locator('dialog[open] a.search-hit');
  await expect(hits).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toBeFocused();
  // The same query again, as when a slower search for an earlier keystroke finishes late.
  await hits.evaluateAll((links) => links.forEach((link) => link.setAttribute('data-old', '')));
  await page
    .getByRole('searchbox')
    .evaluate((input) => input.dispatchEvent(new Event('input', { bubbles: true })));
  await expect(page.locator('dialog[open] a.search-hit[data-old]')).toHaveCount(0);
  await expect(hits).toHaveCount(3);
  await expect(hits.nth(1)).toBeFocused();
});

test('results show counts, a language tag, and narrow with a topic filter', async ({ page }) => {
  await page.goto(GREENLAND);
  await searchFor(page, 'Greenland');
  const dialog = page.locator('dialog[open]');
  await expect(dialog.getByRole('status')).toHaveText('1 сұрақ-жауап, 1 бөлімде');
  await expect(dialog.locator('.hit-lang')).toHaveText('ағылшынша мәтінде');
  await expect(dialog.locator('.hit-excerpt mark').first()).toHaveText('Greenland');

  await page.getByRole('searchbox').fill('Трамп');
  await expect(dialog.getByRole('status')).toHaveText('3 сұрақ-жауап, 3 бөлімде');
  await dialog.getByRole('checkbox', { name: /Таяу Шығыс/ }).check();
  await expect(dialog.getByRole('status')).toHaveText('1 сұрақ-жауап, 1 бөлімде');
  await expect(firstHit(page)).toHaveAttribute('href', /#joining-abraham-accords$/);
  // More answers than the first screen holds: the count says these are the first.
  await dialog.getByRole('checkbox', { name: /Таяу Шығыс/ }).uncheck();
  await page.getByRole('searchbox').fill('Қазақстан');
  await expect(dialog.getByRole('status')).toHaveText(
    /^Алғашқы 3 сұрақ-жауап, 3 бөлімде; тағы бар$/,
  );
});

// A Q&A holds a name group's token once (in Kazakh when its Kazakh text names the group): the
// answer is still shown, and its name marked, in the interface's language. So too for a name
// typed in Latin letters as Kazakh ("Tramp", the Latin of "Трамп").
const OTHER_SPELLINGS = [
  { query: 'Казахстан', kk: /^Қазақстан/, en: /^Kazakhstan/ },
  { query: 'Tramp', kk: /^Трамп/, en: /^Trump/ },
];
for (const { lang, path } of inBothInterfaces(GREENLAND)) {
  for (const spelling of OTHER_SPELLINGS) {
    test(`a name in a spelling the text does not use ("${spelling.query}") is marked in the ${lang} text`, async ({
      page,
    }) => {
      await page.goto(path);
      await searchFor(page, spelling.query);
      const dialog = page.locator('dialog[open]');
      await expect(firstHit(page)).toBeVisible();
      await expect(dialog.locator('.hit-lang')).toHaveCount(0);
      await expect(dialog.locator('.hit-excerpt mark').first()).toHaveText(spelling[lang]);
    });
  }
}

test('no results says so and offers the topics', async ({ page }) => {
  await page.goto(GREENLAND);
  await searchFor(page, 'zqxjv');
  const dialog = page.locator('dialog[open]');
  await expect(dialog.getByRole('status')).toHaveText('«zqxjv» бойынша ештеңе табылмады.');
  await expect(dialog.getByRole('link', { name: 'Таяу Шығыс' })).toBeVisible();
});

for (const { lang, path } of inBothInterfaces(GREENLAND)) {
  test(`a topic's name, in either language, or a synonym leads to the topic (${lang})`, async ({
    page,
  }) => {
    const named = page.locator('dialog[open] .search-named');
    const label = lang === 'en' ? 'Middle East' : 'Таяу Шығыс';
    const topic =
      lang === 'en' ? /\/en\/topics\/middle-east\/$/ : /(?<!\/en)\/topics\/middle-east\/$/;
    await page.goto(path);
    // No answer holds "Middle East": the topic is offered before the others.
    for (const query of ['Middle East', 'Таяу Шығыс']) {
      await searchFor(page, query);
      await expect(page.locator('dialog[open]').getByRole('status')).toContainText(query);
      await expect(named.getByRole('link', { name: label })).toHaveAttribute('href', topic);
      await page.keyboard.press('Escape');
    }
    // A synonym (topics.yaml): the topic beside the answers that hold the word.
    await searchFor(page, 'Gaza');
    await expect(firstHit(page)).toHaveAttribute('href', /#gaza-lasting-peace$/);
    await expect(named.getByRole('link', { name: label })).toHaveAttribute('href', topic);
    // Part of a name names nothing.
    await page.getByRole('searchbox').fill('Middle');
    await expect(page.locator('dialog[open]').getByRole('status')).toContainText('Middle');
    await expect(named).toHaveCount(0);
  });
}

test('a word whose index chunk failed to load is said so, and found at the next try', async ({
  page,
}) => {
  // The chunk's load fails once: the search says it could not load, and loads it again next time.
  let failures = 1;
  await page.route('**/pagefind/index/*', (route) =>
    failures-- > 0 ? route.abort() : route.continue(),
  );
  await page.goto(GREENLAND);
  await searchFor(page, 'Гренландия');
  const dialog = page.locator('dialog[open]');
  await expect(dialog.getByRole('status')).toHaveText(
    'Іздеу жүктелмеді. Бетті қайта жүктеп көріңіз.',
  );
  await page.getByRole('searchbox').fill('Гренландия ');
  await expect(firstHit(page)).toBeVisible();
});

test('markup in a query is shown as text and runs nothing', async ({ page }) => {
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await page.goto(GREENLAND);
  const query = '<img src=x onerror=alert(1)>';
  await searchFor(page, query);
  const dialog = page.locator('dialog[open]');
  await expect(dialog.getByRole('status')).not.toHaveText('');
  await expect(page.getByRole('searchbox')).toHaveValue(query);
  await expect(dialog.locator('img')).toHaveCount(0);

  await page.getByRole('searchbox').fill('<b>zqxjv</b>');
  await expect(dialog.getByRole('status')).toHaveText('«<b>zqxjv</b>» бойынша ештеңе табылмады.');
  await expect(dialog.locator('b')).toHaveCount(0);

  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(query);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('the search page reads ?q= and keeps it up to date', async ({ page }) => {
  await page.goto('en/search/?q=Abraham%20Accords');
  await expect(page.getByRole('searchbox')).toHaveValue('Abraham Accords');
  await expect(page.locator('a.search-hit').first()).toHaveAttribute(
    'href',
    /#joining-abraham-accords$/,
  );
  await page.getByRole('searchbox').fill('Gaza');
  await expect(page).toHaveURL(/\?q=Gaza$/);
});

test('the search page works when the address ends in a fragment that does not decode', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`search/?q=${encodeURIComponent('Гренландия')}#%`);
  await expect(page.getByRole('searchbox')).toHaveValue('Гренландия');
  await expect(page.locator('a.search-hit').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('nothing of the search is fetched before the reader starts to search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(GREENLAND);
  await page.waitForLoadState('networkidle');
  const searchy = (path: string) => /pagefind|search/.test(path);
  expect(requests.filter(searchy)).toEqual([]);
  await searchFor(page, 'Trump');
  await expect(firstHit(page)).toBeVisible();
  expect(requests.filter(searchy).length).toBeGreaterThan(2);
});

test.describe('the file of every map, which spares later searches a round of requests', () => {
  const ALL_MAPS = /\/search-index\/map\/all-[0-9a-f]+\.json$/;

  /** Records, in the page's own clock, when the first result appears. */
  const watchFirstHit = (page: Page): Promise<void> =>
    page.evaluate(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('a.search-hit')) return;
        (window as unknown as { firstHit: number }).firstHit = performance.now();
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });

  test('loads once the first results are on screen and the reader pauses, once, and later searches find with it', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (ALL_MAPS.test(new URL(request.url()).pathname)) asked.push(request.url());
    });
    await page.goto(GREENLAND);
    await watchFirstHit(page);
    const loaded = page.waitForResponse((response) => ALL_MAPS.test(response.url()));
    await searchFor(page, 'Гренландия');
    await expect(firstHit(page)).toBeVisible();
    const url = (await loaded).url();
    // Its resource timing is written once its body is in, after the response's headers.
    const startOf = () =>
      page.evaluate((url) => performance.getEntriesByName(url)[0]?.startTime ?? null, url);
    await expect.poll(startOf).not.toBeNull();
    const askedAt = (await startOf()) ?? -1;
    const hitAt = await page.evaluate(() => (window as unknown as { firstHit: number }).firstHit);
    // After a pause of 300 ms with the answers on screen, not while a query may still be typed.
    expect(askedAt, `asked at ${askedAt}, first hit at ${hitAt}`).toBeGreaterThanOrEqual(
      hitAt + 250,
    );
    await page.getByRole('searchbox').fill('Abraham Accords');
    await expect(firstHit(page)).toHaveAttribute('href', /#joining-abraham-accords$/);
    await page.getByRole('searchbox').fill('Трамп');
    await expect(firstHit(page)).toBeVisible();
    expect(asked).toEqual([url]);
  });

  test('is not sent to a reader whose browser asks to save data', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', {
        get: () => ({ saveData: true }),
      });
    });
    const asked: string[] = [];
    page.on('request', (request) => {
      if (/\/search-index\/map\//.test(new URL(request.url()).pathname)) asked.push(request.url());
    });
    await page.goto(GREENLAND);
    await searchFor(page, 'Гренландия');
    await expect(firstHit(page)).toBeVisible();
    await page.getByRole('searchbox').fill('Abraham Accords');
    await expect(firstHit(page)).toHaveAttribute('href', /#joining-abraham-accords$/);
    // Where the file would be asked for: once the page is idle after the results.
    await page.evaluate(
      () => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))),
    );
    // The seed is one search record: its own map, fetched by the first search, and no other.
    expect(asked.map((url) => new URL(url).pathname)).toEqual([
      expect.stringMatching(/\/search-index\/map\/kk_\w+\.json$/),
    ]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search link leads to a page that says what to do', async ({ page }) => {
    await page.goto(GREENLAND);
    await page.getByRole('link', { name: 'Іздеу' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(
      page.getByText('Іздеу үшін браузерде JavaScript қосулы болуы керек'),
    ).toBeVisible();
    await expect(
      page
        .getByRole('link', { name: 'Гренландия' })
        .or(page.getByRole('link', { name: 'АҚШ' }))
        .first(),
    ).toBeVisible();
  });
});

test('many matching answers come a screenful first, then 8 more at each press', async ({
  page,
}) => {
  await page.goto(`en/${GREENLAND}`);
  await searchFor(page, 'the');
  const dialog = page.locator('dialog[open]');
  const hits = dialog.locator('a.search-hit');
  await expect(hits).toHaveCount(3);
  // The count says what is on screen, and that it is not all.
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/^The first 3 answers in \d sections; more below$/);
  const more = dialog.getByRole('button', { name: 'Show more answers' });
  await more.click();
  await expect(hits).toHaveCount(11);
  // Focus moves to the first answer added (it may join a section already shown).
  await expect(page.locator(':focus')).toHaveClass(/search-hit/);
  // The seed has 11 Q&As with "the" in their English text, and the interview's own title.
  await more.click();
  await expect(hits).toHaveCount(12);
  await expect(more).toHaveCount(0);
  await expect(status).toHaveText('12 answers in 10 sections');
});

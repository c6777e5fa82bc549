import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodePng } from '../support/cards.ts';
import { GREENLAND, GREENLAND_QA } from './site.ts';

// Each test drives the browser through several pages: time for a loaded machine.
test.describe.configure({ timeout: 90_000 });
test.use({
  viewport: { width: 1280, height: 800 },
  permissions: ['clipboard-read', 'clipboard-write'],
  colorScheme: 'light',
});

const SENTENCE =
  'Бұл мәмілеге сәйкес, Гренландия заң жүзінде Данияның бір бөлігі болып қала береді, сәйкесінше, оның егемендік құқығы бұзылмайды.';
/** ::target-text in the light theme (--highlight). */
const HIGHLIGHT = [255, 224, 138];

/** The screen rectangle of the `n`-th occurrence of `text` in the element. */
function textRect(element: Locator, text: string, n = 0) {
  return element.evaluate(
    (el, { text, n }) => {
      const node = el.firstChild as Text;
      let start = -1;
      for (let i = 0; i <= n; i++) start = node.data.indexOf(text, start + 1);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects.at(-1);
      const box = range.getBoundingClientRect();
      return {
        first: first && { x: first.left, y: first.top + first.height / 2 },
        last: last && { x: last.right, y: last.top + last.height / 2 },
        top: box.top,
        bottom: box.bottom,
      };
    },
    { text, n },
  );
}

/**
 * Selects text with the mouse, as a reader does: press before it, release after it (after the
 * `n`-th occurrence of `until` in `end`, when the selection ends in another element).
 */
async function dragSelect(
  page: Page,
  element: Locator,
  text: string,
  n = 0,
  end?: { element: Locator; until: string },
): Promise<void> {
  // The web font swaps in when it arrives and moves the text: measure after it.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await element.scrollIntoViewIfNeeded();
  // A press inside an earlier selection would drag it instead of selecting anew.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const { first } = await textRect(element, text, n);
  const { last } = end ? await textRect(end.element, end.until) : await textRect(element, text, n);
  if (!first || !last) throw new Error(`"${text}" is not on screen`);
  await page.mouse.move(first.x + 1, first.y);
  await page.mouse.down();
  await page.mouse.move(last.x - 1, last.y, { steps: 5 });
  await page.mouse.up();
}

/** How many pixels of the element are painted in the highlight colour. */
async function highlighted(element: Locator): Promise<number> {
  const data = decodePng(await element.screenshot());
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (HIGHLIGHT.every((value, c) => Math.abs((data[i + c] ?? 0) - value) <= 6)) count++;
  }
  return count;
}

/** Opens a quote link and checks that the browser shows and marks the passage, undisturbed. */
async function expectHighlighted(page: Page, link: string, target: Locator, others: Locator[]) {
  await page.goto(link);
  await expect.poll(() => highlighted(target), { timeout: 10_000 }).toBeGreaterThan(200);
  for (const other of others) expect(await highlighted(other)).toBe(0);
  const { top, bottom } = await textRect(target, (await target.textContent()) ?? '');
  const scrolled = await page.evaluate(() => scrollY);
  expect(scrolled).toBeGreaterThan(0);
  expect(bottom).toBeGreaterThan(0);
  expect(top).toBeLessThan(800);
  // The site's own code moves neither focus nor scroll after the browser has.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
}

test('a selected sentence is copied with its citation and a link that highlights it', async ({
  page,
  baseURL,
}) => {
  await page.goto(GREENLAND);
  const paragraph = page.locator('#greenland-future-3 p[data-lang="kk"]');
  await dragSelect(page, paragraph, SENTENCE);
  const popover = page.getByRole('group', { name: 'Дәйексөз' });
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Дәйексөзді көшіру' }).click();
  await expect(popover.getByRole('status')).toHaveText('Дәйексөз көшірілді');
  const [quote, citation, link = ''] = (
    await page.evaluate(() => navigator.clipboard.readText())
  ).split('\n');
  expect(quote).toBe(`«${SENTENCE}»`);
  expect(citation).toBe(
    '— Қасым-Жомарт Тоқаев, Қазақстан Президенті, The News International, 2026 жылғы 5 ақпан',
  );
  expect(link.startsWith(`${baseURL}${GREENLAND_QA}?view=kk#:~:text=`), link).toBe(true);
  expect(decodeURIComponent(link.split(':~:text=')[1] ?? '')).toBe(SENTENCE);

  await expectHighlighted(page, link, page.locator('#greenland-future-3 p[data-lang="kk"]'), [
    page.locator('#greenland-future-1 p[data-lang="kk"]'),
  ]);
});

test('the popover waits for the end of a slow drag, then copies what was selected', async ({
  page,
}) => {
  await page.goto(GREENLAND);
  const paragraph = page.locator('#greenland-future-3 p[data-lang="kk"]');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await paragraph.scrollIntoViewIfNeeded();
  const { first, last } = await textRect(paragraph, SENTENCE);
  if (!first || !last) throw new Error('the sentence is not on screen');
  await page.mouse.move(first.x + 1, first.y);
  await page.mouse.down();
  // One move, then a pause long enough for the quote code to load (it learns of the press that
  // is under way without another pointer event) and for the selection to settle.
  await page.mouse.move((first.x + last.x) / 2, last.y);
  await page.waitForTimeout(1500);
  const popover = page.getByRole('group', { name: 'Дәйексөз' });
  await expect(popover).toBeHidden();
  await page.mouse.move(last.x - 1, last.y, { steps: 5 });
  await page.mouse.up();
  // The popover's code and stylesheet may still be on their way on a loaded machine.
  await expect(popover).toBeVisible({ timeout: 15_000 });
  await popover.getByRole('button', { name: 'Дәйексөзді көшіру' }).click();
  await expect(popover.getByRole('status')).toHaveText('Дәйексөз көшірілді');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')[0]).toBe(`«${SENTENCE}»`);

  // A second drag: the first selection's popover goes, and the new one waits for the release.
  const other = page.locator('#greenland-future-1 p[data-lang="kk"]');
  await other.scrollIntoViewIfNeeded();
  const box = await other.boundingBox();
  if (!box) throw new Error('the first paragraph is not on screen');
  await page.mouse.move(box.x + 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 8, { steps: 5 });
  await page.waitForTimeout(1000);
  await expect(popover).toBeHidden();
  await page.mouse.up();
  await expect(popover).toBeVisible();
});

test('a phrase that occurs twice on the Q&A page links to the occurrence selected', async ({
  page,
  baseURL,
}) => {
  // "international law" is in the second and the fourth paragraph of the English gloss.
  await page.goto(`en/${GREENLAND_QA}`);
  const fourth = page.locator('#greenland-future-4 p[data-lang="en"]');
  const second = page.locator('#greenland-future-2 p[data-lang="en"]');
  await dragSelect(page, fourth, 'international law');
  const popover = page.getByRole('group', { name: 'Quote' });
  await popover.getByRole('button', { name: 'Copy quote' }).click();
  await expect(popover.getByRole('status')).toHaveText('Quote copied');
  const [quote, citation, link = ''] = (
    await page.evaluate(() => navigator.clipboard.readText())
  ).split('\n');
  expect(quote).toBe('“international law”');
  expect(citation).toBe(
    '— Kassym-Jomart Tokayev, President of Kazakhstan, The News International, 5 February 2026 (unofficial translation)',
  );
  expect(link).toBe(`${baseURL}en/${GREENLAND_QA}?view=both#:~:text=from-,international%20law`);

  await expectHighlighted(page, link, fourth, [second]);
  // The same link without its prefix marks the first occurrence instead: the prefix matters.
  await page.goto('about:blank');
  await page.goto(link.replace('from-,', ''));
  await expect.poll(() => highlighted(second), { timeout: 10_000 }).toBeGreaterThan(100);
  expect(await highlighted(fourth)).toBe(0);
});

test('"copy with translation" gives the paragraph in both languages, cited, linked', async ({
  page,
  baseURL,
}) => {
  await page.goto(GREENLAND);
  await dragSelect(page, page.locator('#greenland-future-3 p[data-lang="kk"]'), 'Гренландия заң');
  await page.getByRole('button', { name: 'Аудармасымен көшіру' }).click();
  await expect(page.getByRole('group', { name: 'Дәйексөз' }).getByRole('status')).toHaveText(
    'Дәйексөз көшірілді',
  );
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(lines[0]).toMatch(/^«Мәселен, Америка Құрама Штаттары .* сай келеді\.»$/);
  expect(lines[1]).toMatch(/^“For example, the United States .* strategic interests\.”$/);
  expect(lines[2]).toBe(
    '— Қасым-Жомарт Тоқаев, Қазақстан Президенті, The News International, 2026 жылғы 5 ақпан (ағылшынша мәтін — ресми емес аударма)',
  );
  expect(lines[3]).toBe(
    `${baseURL}${GREENLAND_QA}?view=both#:~:text=${encodeURIComponent('Гренландия заң')}`,
  );
});

test('a selection outside the answers, or across both languages, offers nothing', async ({
  page,
}) => {
  await page.goto(`${GREENLAND}?view=both`);
  const popover = page.locator('.quote-popover');
  await dragSelect(page, page.locator('h1 [data-lang="kk"]'), 'Гренландияның болашағы');
  await page.waitForTimeout(600);
  await expect(popover).toBeHidden();
  // From the Kazakh paragraph into its English gloss beside it.
  const pair = page.locator('#greenland-future-1');
  await dragSelect(page, pair.locator('[data-lang="kk"]'), 'Мен бұл', 0, {
    element: pair.locator('[data-lang="en"]'),
    until: 'different angle',
  });
  expect(await page.evaluate(() => getSelection()?.toString())).toContain('different angle');
  await page.waitForTimeout(600);
  await expect(popover).toBeHidden();
  // A selection in one language is quotable again.
  await dragSelect(page, pair.locator('[data-lang="en"]'), 'different angle');
  await expect(popover).toBeVisible();
});

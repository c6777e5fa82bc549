import { expect, test } from '@playwright/test';
import { GREENLAND, inBothInterfaces, PAGE_TYPES, sidewaysScroll } from './site.ts';

const SIZES = [
  { width: 375, height: 667 },
  { width: 1440, height: 900 },
];

for (const viewport of SIZES) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // One test per page type and interface, so that they run in parallel.
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      for (const { lang, path: url } of inBothInterfaces(path)) {
        test(`the ${lang} ${type} page does not scroll sideways, in any mode`, async ({ page }) => {
          for (const view of ['kk', 'en', 'both']) {
            await page.goto(`${url}?view=${view}`);
            expect(await sidewaysScroll(page), `${url}?view=${view}`).toBe(0);
          }
        });
      }
    }

    // A topic filter's box sits at the start of its label's line, as readers expect of a
    // checkbox: on the search page and in the dialog.
    for (const where of ['search page', 'dialog']) {
      test(`each topic filter's box sits beside its label (${where})`, async ({ page }) => {
        const inDialog = where === 'dialog';
        await page.goto(inDialog ? GREENLAND : 'search/?q=Трамп');
        if (inDialog) {
          await page.keyboard.press('/');
          await page.getByRole('searchbox').fill('Трамп');
        }
        const labels = page.locator('.search-filters label');
        await expect(labels).toHaveCount(5);
        for (const label of await labels.all()) {
          const [box, text] = await Promise.all([
            label.getByRole('checkbox').boundingBox(),
            label.evaluate((element) => {
              const range = document.createRange();
              range.selectNodeContents(element.childNodes[1] as Node);
              const { x, y, width, height } = range.getBoundingClientRect();
              return { x, y, width, height };
            }),
          ]);
          if (!box) throw new Error('checkbox not rendered');
          const name = await label.textContent();
          expect(box.x + box.width, name ?? '').toBeLessThanOrEqual(text.x);
          expect(box.y, name ?? '').toBeLessThan(text.y + text.height);
          expect(box.y + box.height, name ?? '').toBeGreaterThan(text.y);
        }
      });
    }

    test(`"both" is ${viewport.width > 1000 ? 'two columns' : 'stacked pairs'}`, async ({
      page,
    }) => {
      await page.goto(`${GREENLAND}?view=both`);
      const [kk, en] = await Promise.all(
        ['kk', 'en'].map((lang) =>
          page.locator(`#greenland-future-1 [data-lang="${lang}"]`).boundingBox(),
        ),
      );
      if (!kk || !en) throw new Error('paragraphs not rendered');
      if (viewport.width > 1000) {
        expect(en.y).toBe(kk.y);
        expect(en.x).toBeGreaterThan(kk.x + kk.width);
      } else {
        expect(en.y).toBeGreaterThanOrEqual(kk.y + kk.height);
        expect(en.x).toBe(kk.x);
      }
    });
  });
}

for (const { script, path, letters } of [
  { script: 'Cyrillic', path: GREENLAND, letters: [/[әғқңөұүһі]/u, /[ӘҒҚҢӨҰҮҺІ]/u] },
  { script: 'Latin', path: `latn/${GREENLAND}`, letters: [/[äğıñöşūü]/u, /[ÄİÖŞŪÜ]/u] },
]) {
  test(`every Kazakh letter renders in the site font, no fallback (${script})`, async ({
    page,
  }) => {
    await page.goto(`${path}?view=both`);
    await page.evaluate(() => document.fonts.ready);
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await client.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'body *',
    });
    const families = new Set<string>();
    let glyphs = 0;
    for (const nodeId of nodeIds) {
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        families.add(`${font.familyName}${font.isCustomFont ? ' (web font)' : ' (system)'}`);
        glyphs += font.glyphCount;
      }
    }
    expect([...families]).toEqual(['Noto Serif (web font)']);
    expect(glyphs).toBeGreaterThan(5000);
    const text = await page.evaluate(() => document.body.innerText);
    for (const letter of letters) expect(text).toMatch(letter);
  });
}

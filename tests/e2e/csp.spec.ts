import { expect, test, type Page } from '@playwright/test';
import { GREENLAND, GREENLAND_QA } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The CSP violations the page reports from now on. */
async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('reading, switching, copying and searching cause no CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await cspViolations(page);
  await page.goto(`${GREENLAND}#greenland-future-2`);
  const csp = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src 'self'[ ;]/);
  // Nothing is compiled at run time: the search reads Pagefind's index without its WebAssembly.
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

  await page.getByRole('button', { name: 'Екеуі' }).click();
  await page.getByRole('button', { name: 'Қараңғы тақырып' }).click();
  await page.locator('#greenland-future').getByRole('button', { name: 'Сілтемені көшіру' }).click();
  await expect(page.locator('#greenland-future').getByRole('status')).toHaveText(
    'Сілтеме көшірілді',
  );
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('Ибраһим келісімдеріне');
  await page.locator('dialog[open] a.search-hit').first().click();
  await expect(page.locator('#joining-abraham-accords mark.search-mark').first()).toBeVisible();
  await page.goto('en/search/?q=Greenland');
  await expect(page.locator('a.search-hit').first()).toBeVisible();

  // A Q&A page: its JSON-LD, the citation's copy button, quoting and a quote link.
  await page.goto(GREENLAND_QA);
  await page.getByText('Библиографиялық сілтеме').click();
  await page.getByRole('button', { name: 'BibTeX көшіру' }).click();
  await expect(page.getByText('Көшірілді')).toBeVisible();
  await page.getByRole('button', { name: '1-абзацты дәйексөз ретінде алу' }).click();
  await page.getByRole('button', { name: 'Дәйексөзді көшіру' }).click();
  await expect(page.getByText('Дәйексөз көшірілді')).toBeVisible();
  const link = (await page.evaluate(() => navigator.clipboard.readText())).split('\n').at(-1);
  await page.goto(link ?? '');
  expect(violations).toEqual([]);
});

test('the Latin script causes no CSP violation either', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await cspViolations(page);
  // The switch, the Latin page a link's ?script= opens, and the script its search loads.
  await page.goto(GREENLAND);
  await page.getByRole('link', { name: 'Latyn' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
  await page.goto(`${GREENLAND_QA}?script=latn#greenland-future-2`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
  await page.getByRole('button', { name: 'Ekeuı' }).click();
  await page.locator('#greenland-future').getByRole('button', { name: 'Sıltemenı köşıru' }).click();
  await expect(page.locator('#greenland-future').getByRole('status')).toHaveText(
    'Sılteme köşırıldı',
  );
  await page.getByRole('button', { name: '1-abzatsty däieksöz retınde alu' }).click();
  await expect(page.getByRole('button', { name: 'Däieksözdı köşıru' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('Ibrahim kelisimderi');
  await page.locator('dialog[open] a.search-hit').first().click();
  await expect(page.locator('#joining-abraham-accords mark.search-mark').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the _headers file sets the usual security headers', async ({ request }) => {
  const response = await request.get(GREENLAND);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self';");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
});

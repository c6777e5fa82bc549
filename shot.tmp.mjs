import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const [,, path, out, w='1440', h='900', theme='light', view=''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: theme });
await page.goto('http://localhost:4330' + path + (view ? (path.includes('?')?'&':'?') + 'view=' + view : ''));
await page.waitForTimeout(300);
if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, y), +process.env.SCROLL);
if (process.env.HASH) { await page.goto('http://localhost:4330' + path + process.env.HASH); await page.waitForTimeout(300); }
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
const sw = await page.evaluate(() => document.documentElement.scrollWidth);
console.log('scrollWidth', sw);
await browser.close();

// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { offlineReading } from './src/offline/build/integration.ts';
import { previewCards } from './src/cards/integration.ts';
import { searchIndex } from './src/search/build/integration.ts';

// SITE is the deployed origin (canonical URLs); BASE serves the site under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://suhbat.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  integrations: [
    // CARDS=off leaves the preview images out: only for measuring what they cost (npm run bench).
    ...(process.env.CARDS === 'off' ? [] : [previewCards()]),
    searchIndex(),
    sitemap({
      // The Latin twins (latn/) are the Kazakh pages in another script: alternates, kk-Latn.
      i18n: { defaultLocale: 'kk', locales: { kk: 'kk', en: 'en', latn: 'kk-Latn' } },
      // Not for search engines: the 404 page, the offline page the service worker shows, the
      // whole-interview page's later sections (fetched by that page, not read alone), and the
      // English pages with their Kazakh column in Latin (their canonical page is the English one).
      filter: (page) =>
        !/\/(404|offline)\/$/.test(page) &&
        !/\/rest\/[^/]+\/$/.test(page) &&
        !/\/en\/latn\//.test(page),
    }),
    // Last: it lists and stamps every file the others wrote.
    offlineReading(),
  ],
  // Sections are parsed by our own code, not Astro's Markdown: nothing to highlight.
  markdown: { syntaxHighlight: false },
  security: {
    // Everything is served from the site itself; Pagefind needs to compile its WebAssembly.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  build: {
    // External files only: cacheable, and no inline code for the Content-Security-Policy.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});

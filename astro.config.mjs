// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE is the deployed origin (canonical URLs); BASE serves the site under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://suhbat.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
  integrations: [
    searchIndex({ contentDir: process.env.CONTENT_DIR ?? './content' }),
    sitemap({
      i18n: { defaultLocale: 'kk', locales: { kk: 'kk', en: 'en' } },
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
  build: {
    // External files only: cacheable, and no inline code for the Content-Security-Policy.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});

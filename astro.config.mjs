// @ts-check
import { defineConfig } from 'astro/config';

// SITE is the deployed origin (canonical URLs); BASE serves the site under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://suhbat.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  output: 'static',
});

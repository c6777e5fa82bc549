// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/**/dist/',
      'test-results/',
      'playwright-report/',
    ],
  },
  tseslint.configs.strict,
  eslintPluginAstro.configs.recommended,
);

// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
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
  ...tseslint.configs.strict,
  ...eslintPluginAstro.configs.recommended,
);

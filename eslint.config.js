// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/**
 * Code that runs in the browser, and the modules it shares with the build. None of it may
 * import Node's modules, Node-only packages or our Node-only folders (types excepted), so the
 * boundary README.md's "Architecture" draws is checked by `npm run check`.
 */
const BROWSER = [
  'src/reader',
  'src/search/browser',
  'src/search/shared',
  'src/offline/browser',
  'src/offline/shared',
  'src/site',
  'src/kazakh',
  'src/i18n',
];
const NODE_ONLY_PACKAGES = [
  'astro:content',
  'pagefind',
  'yaml',
  'zod',
  'unified',
  'remark-*',
  'mdast-*',
  'hast-*',
  '@sindresorhus/slugify',
  'esbuild',
  'sharp',
  'feedsmith',
];

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
  {
    files: BROWSER.map((folder) => `${folder}/**/*.ts`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', ...builtinModules, ...NODE_ONLY_PACKAGES],
              message: 'Browser code (see README "Architecture") may not use Node-only modules.',
            },
            {
              group: [
                '**/library/*',
                '**/importer/*',
                // The build side of search/ and offline/, also as `../build/` from their browser side.
                '**/build/*',
                '**/export/*',
                '**/cli/*',
              ],
              allowTypeImports: true,
              message:
                'Browser code (see README "Architecture") may import only types from Node-only folders.',
            },
          ],
        },
      ],
    },
  },
);

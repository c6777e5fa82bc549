import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Serif Regular and Bold (SIL OFL), the site's typeface, as whole TTFs straight from the
 * npm package: the cards need bold, which the site's subset does not have, and nothing is
 * fetched.
 */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
} as const;

export type FontWeightName = keyof typeof FONT_FILES;

export const FONT_DATA: Record<FontWeightName, Buffer> = {
  regular: readFileSync(FONT_FILES.regular),
  bold: readFileSync(FONT_FILES.bold),
};

// Regenerates src/assets/fonts/suhbat-serif.woff2 (and public/fonts/OFL.txt): Noto Serif Regular (SIL OFL 1.1) cut down to
// the characters in src/site/font-glyphs.ts, so the first view stays within its byte budget.
// Usage: npm run fonts
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { fontGlyphs } from '../site/font-glyphs.ts';

const PACKAGE = 'node_modules/@expo-google-fonts/noto-serif';
const source = readFileSync(`${PACKAGE}/400Regular/NotoSerif_400Regular.ttf`);
const woff2 = await subsetFont(source, fontGlyphs(), { targetFormat: 'woff2' });
writeFileSync('src/assets/fonts/suhbat-serif.woff2', woff2);
copyFileSync(`${PACKAGE}/LICENSE_FONT`, 'public/fonts/OFL.txt');
console.log(`src/assets/fonts/suhbat-serif.woff2: ${woff2.length} bytes`);

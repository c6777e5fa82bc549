/**
 * The card's measures and colours, and its text fitted to them with the font files themselves
 * (fit.ts), so that it never overflows, whatever satori would do with it.
 */
import * as fontkit from 'fontkit';
import { otherLang } from '../i18n/ui.ts';
import { CARD_HEIGHT as HEIGHT, CARD_WIDTH as WIDTH, type CardData } from '../site/cards.ts';
import { type Face, measure, truncate, wrap } from './fit.ts';
import { FONT_DATA } from './fonts.ts';

/** The light theme of src/styles/tokens.css. */
export const COLOURS = {
  background: '#fbfaf7',
  text: '#1f1d1a',
  muted: '#5c5850',
  accent: '#8a3a10',
  rule: '#d9d3c7',
} as const;

/** Every vertical measure of the card, in px: the fitting and the template both use them. */
export const LAYOUT = {
  bar: 10,
  padX: 80,
  padY: 48,
  header: 40,
  headerGap: 32,
  footerGap: 28,
  footerRule: 2,
  footerPad: 16,
  /** The footer has two lines: the speaker, then the outlet; the date sits beside the speaker. */
  footerLine: 30,
  /** Between the title in the two languages. */
  titleGap: 22,
} as const;
export const CONTENT_WIDTH = WIDTH - 2 * LAYOUT.padX;
export const TITLE_HEIGHT =
  HEIGHT -
  LAYOUT.bar -
  2 * LAYOUT.padY -
  LAYOUT.header -
  LAYOUT.headerGap -
  LAYOUT.footerGap -
  LAYOUT.footerRule -
  LAYOUT.footerPad -
  2 * LAYOUT.footerLine;

/** Sizes the first title may take, largest first; the second follows it. */
const PRIMARY_SIZES = [60, 56, 52, 48, 44, 42, 40, 38, 36, 34, 32] as const;
const secondarySize = (primary: number): number =>
  Math.min(30, Math.max(22, Math.round(primary * 0.55)));
/** Satori rounds line heights to whole pixels, so they are set in px. */
const primaryLine = (size: number): number => Math.round(size * 1.2);
const secondaryLine = (size: number): number => Math.round(size * 1.35);
/** When even the smallest sizes overflow, the second title keeps at most this many lines. */
const SECONDARY_MAX_LINES = 3;
export const FOOTER_SIZE = 22;

export const FONTS = {
  regular: fontkit.create(FONT_DATA.regular),
  bold: fontkit.create(FONT_DATA.bold),
};

export interface FittedText {
  text: string;
  size: number;
  lineHeight: number;
  lines: number;
}

export interface FittedTitle {
  primary: FittedText;
  secondary?: FittedText;
}

function fitted(
  font: fontkit.Font,
  text: string,
  size: number,
  lineHeight: number,
  maxLines?: number,
): FittedText {
  const face: Face = { font, size };
  const kept = maxLines === undefined ? text : truncate(face, text, CONTENT_WIDTH, maxLines);
  return { text: kept, size, lineHeight, lines: wrap(face, kept, CONTENT_WIDTH).length };
}

const height = (title: FittedTitle): number =>
  title.primary.lines * title.primary.lineHeight +
  (title.secondary ? LAYOUT.titleGap + title.secondary.lines * title.secondary.lineHeight : 0);

/**
 * The largest sizes at which both titles fit whole in the title box; below the smallest size,
 * the titles are cut at a word boundary with an ellipsis, the second one first.
 */
export function fitTitle(primary: string, secondary?: string): FittedTitle {
  for (const size of PRIMARY_SIZES) {
    const small = secondarySize(size);
    const title: FittedTitle = {
      primary: fitted(FONTS.bold, primary, size, primaryLine(size)),
      ...(secondary && {
        secondary: fitted(FONTS.regular, secondary, small, secondaryLine(small)),
      }),
    };
    if (height(title) <= TITLE_HEIGHT) return title;
  }
  const size = PRIMARY_SIZES.at(-1) ?? 32;
  const small = secondarySize(size);
  const second =
    secondary && fitted(FONTS.regular, secondary, small, secondaryLine(small), SECONDARY_MAX_LINES);
  const spare = TITLE_HEIGHT - (second ? LAYOUT.titleGap + second.lines * second.lineHeight : 0);
  const first = fitted(
    FONTS.bold,
    primary,
    size,
    primaryLine(size),
    Math.floor(spare / primaryLine(size)),
  );
  if (!second || !secondary) return { primary: first };
  // Lines the first title left unused go back to the second.
  const left = TITLE_HEIGHT - first.lines * first.lineHeight - LAYOUT.titleGap;
  const more = Math.floor(left / second.lineHeight);
  return {
    primary: first,
    secondary: fitted(FONTS.regular, secondary, small, second.lineHeight, more),
  };
}

export interface FooterText {
  speaker: string;
  outlet: string;
  date: string;
}

/** The footer's lines, each cut to one line: the speaker beside the date, the outlet below. */
export function footerText(card: CardData): FooterText {
  const face: Face = { font: FONTS.regular, size: FOOTER_SIZE };
  const date = card.date ?? '';
  const room = CONTENT_WIDTH - (date ? measure(face, date) + 40 : 0);
  const cut = (text = '', width = CONTENT_WIDTH) => text && truncate(face, text, width, 1);
  return { speaker: cut(card.speaker, room), outlet: cut(card.outlet), date };
}

/** The card's titles, the interface's language first, fitted. */
export function cardTitle(card: CardData): FittedTitle {
  const first = card.title[card.lang] ?? card.title.kk;
  const second = card.title[otherLang(card.lang)];
  return fitTitle(first, second === first ? undefined : second);
}

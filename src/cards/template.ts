/**
 * The card's template: what goes where, in which size and colour, as an element tree in the
 * shape satori takes (plain objects, no JSX). The text comes fitted from layout.ts.
 */
import { CARD_HEIGHT as HEIGHT, CARD_WIDTH as WIDTH, type CardData } from '../site/cards.ts';
import {
  cardTitle,
  COLOURS,
  CONTENT_WIDTH,
  type FittedText,
  FOOTER_SIZE,
  footerText,
  LAYOUT,
  TITLE_HEIGHT,
} from './layout.ts';

// A tiny element tree in the shape satori takes instead of JSX.
type Style = Record<string, string | number>;
export interface Element {
  type: 'div';
  props: { style: Style; children?: Child | Child[] };
}
type Child = Element | string;
const div = (style: Style, ...children: Child[]): Element => ({
  type: 'div',
  props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children },
});

/** A block of text that satori wraps itself; `lineClamp` is only a guard, fitTitle decides. */
const textBlock = (text: FittedText, style: Style): Element =>
  div(
    {
      display: 'block',
      width: CONTENT_WIDTH,
      fontSize: text.size,
      lineHeight: `${text.lineHeight}px`,
      lineClamp: text.lines,
      overflowWrap: 'break-word',
      ...style,
    },
    text.text,
  );

export function cardTree(card: CardData): Element {
  const title = cardTitle(card);
  const footer = footerText(card);
  const hasFooter = Boolean(footer.speaker || footer.outlet || footer.date);
  return div(
    {
      width: WIDTH,
      height: HEIGHT,
      flexDirection: 'column',
      backgroundColor: COLOURS.background,
      color: COLOURS.text,
      fontFamily: 'Noto Serif',
      borderTop: `${LAYOUT.bar}px solid ${COLOURS.accent}`,
      padding: `${LAYOUT.padY}px ${LAYOUT.padX}px`,
    },
    div(
      {
        height: LAYOUT.header,
        marginBottom: LAYOUT.headerGap,
        justifyContent: 'space-between',
        alignItems: 'center',
      },
      div({ fontSize: 30, fontWeight: 700, color: COLOURS.accent }, card.siteName),
      div(
        { fontSize: 22, color: COLOURS.muted, letterSpacing: 1.5, textTransform: 'uppercase' },
        card.label,
      ),
    ),
    div(
      {
        height: TITLE_HEIGHT,
        flexDirection: 'column',
        justifyContent: 'center',
        overflow: 'hidden',
      },
      textBlock(title.primary, { fontWeight: 700 }),
      ...(title.secondary
        ? [textBlock(title.secondary, { marginTop: LAYOUT.titleGap, color: COLOURS.muted })]
        : []),
    ),
    div(
      {
        marginTop: LAYOUT.footerGap,
        paddingTop: LAYOUT.footerPad,
        borderTop: `${LAYOUT.footerRule}px solid ${hasFooter ? COLOURS.rule : COLOURS.background}`,
        height: LAYOUT.footerRule + LAYOUT.footerPad + 2 * LAYOUT.footerLine,
        justifyContent: 'space-between',
        fontSize: FOOTER_SIZE,
        lineHeight: `${LAYOUT.footerLine}px`,
        color: COLOURS.muted,
      },
      div({ flexDirection: 'column' }, div({}, footer.speaker), div({}, footer.outlet)),
      div({}, footer.date),
    ),
  );
}

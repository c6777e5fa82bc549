/**
 * Text measurement for the cards, with the same font files and the same rules as satori's
 * line breaking: text breaks where Unicode line breaking (UAX #14, the `linebreak` package
 * satori uses) allows, each piece between two break opportunities is shaped whole with the
 * font's advances and kerning (fontkit here, HarfBuzz in satori), and the spaces that end a
 * line hang. tests/unit/cards/fit.test.ts checks that the lines are satori's, title by title.
 */
import LineBreaker from 'linebreak';
import type { Font } from 'fontkit';

export interface Face {
  font: Font;
  /** px */
  size: number;
}

const unitsCache = new WeakMap<Font, Map<string, number>>();

/** Advance of a piece of text in font units, cached per font. */
function units(font: Font, piece: string): number {
  let cache = unitsCache.get(font);
  if (!cache) unitsCache.set(font, (cache = new Map()));
  let width = cache.get(piece);
  if (width === undefined) cache.set(piece, (width = font.layout(piece).advanceWidth));
  return width;
}

/** Width in px of a line made of these pieces, without its trailing (hanging) spaces. */
function piecesWidth({ font, size }: Face, pieces: string[]): number {
  let total = 0;
  for (const [i, piece] of pieces.entries())
    total += units(font, i === pieces.length - 1 ? piece.trimEnd() : piece);
  return (total * size) / font.unitsPerEm;
}

/** Width in px of the text set on one line. */
export function measure(face: Face, text: string): number {
  return piecesWidth(face, breakPieces(text));
}

/** Pieces of text that end at a line-break opportunity. */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    pieces.push(text.slice(start, next.position));
    start = next.position;
  }
  return pieces;
}

/** Greedy line breaking, as satori does; a word wider than the box is split anywhere. */
export function wrap(face: Face, text: string, width: number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  for (const piece of breakPieces(normalise(text))) {
    if (piecesWidth(face, [...line, piece]) <= width) {
      line.push(piece);
      continue;
    }
    if (line.length) lines.push(line);
    line = [piece];
    if (piecesWidth(face, line) <= width) continue;
    // A piece wider than the box (a very long word) is split anywhere, like overflow-wrap: break-word.
    line = [];
    for (const char of piece) {
      if (line.length && piecesWidth(face, [line.join('') + char]) > width) {
        lines.push(line);
        line = [];
      }
      line = [line.join('') + char];
    }
  }
  if (line.join('').trim()) lines.push(line);
  return lines.map((pieces) => pieces.join('').trimEnd());
}

export const ELLIPSIS = '…';

/**
 * The text as it fits in `maxLines` lines: whole, or cut after the last word that fits with
 * an ellipsis (never inside a word; punctuation before the cut is dropped).
 */
export function truncate(face: Face, text: string, width: number, maxLines: number): string {
  const clean = normalise(text);
  if (wrap(face, clean, width).length <= maxLines) return clean;
  const tokens = clean.split(' ');
  // No more words than the first `maxLines` lines hold can fit with the ellipsis added.
  const held = wrap(face, clean, width).slice(0, maxLines).join(' ').split(' ').length;
  for (let count = Math.min(held, tokens.length - 1); count > 0; count--) {
    const head = tokens
      .slice(0, count)
      .join(' ')
      .replace(/[\s,.;:!?–—-]+$/u, '');
    const candidate = head + ELLIPSIS;
    if (head && wrap(face, candidate, width).length <= maxLines) return candidate;
  }
  // Not even the first word fits: cut it by characters (only for absurd input).
  let cut = '';
  for (const char of clean) {
    if (wrap(face, cut + char + ELLIPSIS, width).length > maxLines) break;
    cut += char;
  }
  return cut + ELLIPSIS;
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

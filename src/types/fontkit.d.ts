declare module 'fontkit' {
  export interface Glyph {
    path: { toSVG(): string };
  }
  export interface Font {
    familyName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    /** Shapes the text (advances and kerning). */
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
  export function create(data: Uint8Array): Font;
}

import { KAZAKH_ALPHABET, latinUpper } from './alphabet.ts';

/**
 * Kazakh Cyrillic → the 2021 Latin alphabet, letter by letter from the table in alphabet.ts
 * (sources and the choices where the official table is silent: README, "Kazakh in the Latin
 * script"). Two context rules: after и or й the glide of я ю ё is already written (ия → ia, not
 * iia), and a capital that becomes two letters is all capitals in an all-caps word (ЮНЕСКО →
 * İUNESKO, Юрий → İurii). Everything that is not a Cyrillic letter is left as it is.
 */

/**
 * Letters of neighbouring Cyrillic alphabets that turn up in names (Ukrainian, Belarusian,
 * Serbian, Macedonian, Uzbek, Tajik, Tatar, Bashkir, Kyrgyz), by sound. A rarer letter falls
 * back to its base letter, else to U+FFFD: the output never holds a Cyrillic letter.
 */
// prettier-ignore
const OTHER_CYRILLIC: Readonly<Record<string, string>> = {
  є: 'ie', ї: 'ii', ґ: 'g', ў: 'u', ј: 'i', љ: 'l', њ: 'n', ђ: 'd', ћ: 't', џ: 'j', ѓ: 'g',
  ќ: 'k', ѕ: 'dz', җ: 'j', ҙ: 'z', ҫ: 's', ҡ: 'q', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u', ӧ: 'ö',
  ӱ: 'ü', ҥ: 'ñ', ӈ: 'ñ', ҕ: 'ğ', ӄ: 'q', ҝ: 'g', ҹ: 'j',
};

const LATIN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(KAZAKH_ALPHABET.map(({ letter, latin }) => [letter, latin])),
  ...OTHER_CYRILLIC,
};

const CYRILLIC_LETTER = /(?=\p{Script=Cyrillic})\p{L}/u;
const MARKS = /^\p{M}+/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** я ю ё (and є ї) lose their glide after и and й, which already wrote it. */
const GLIDE_WRITERS = new Set(['и', 'й']);
const GLIDED = new Set([...'яюёєї']);

/** One character of the input; for a Cyrillic letter, the letter with its marks composed in. */
interface Token {
  readonly raw: string;
  readonly cyrillic?: string;
}

/** Kazakh Cyrillic → the 2021 Latin alphabet. Everything that is not Cyrillic is left as is. */
export function toLatin(text: string): string {
  if (!CYRILLIC_LETTER.test(text)) return text;
  const tokens = tokenise(text);
  return tokens
    .map((token, k) => (token.cyrillic ? latinOf(tokens, k, token.cyrillic) : token.raw))
    .join('');
}

/** Code points, each Cyrillic letter with the combining marks that follow it. */
function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const first = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (!CYRILLIC_LETTER.test(first)) {
      tokens.push({ raw: first });
      i += first.length;
      continue;
    }
    const raw = first + (MARKS.exec(text.slice(i + first.length))?.[0] ?? '');
    // и + combining breve is й; a stress mark on а has no composed form and is dropped.
    const composed = raw.normalize('NFC');
    tokens.push({ raw, cyrillic: [...composed].length === 1 ? composed : first });
    i += raw.length;
  }
  return tokens;
}

/** The Latin of the Cyrillic letter of token k, in the case its word needs. */
function latinOf(tokens: readonly Token[], k: number, letter: string): string {
  const lower = letter.toLowerCase();
  let latin = lowerLatin(lower);
  if (GLIDED.has(lower) && GLIDE_WRITERS.has(lowerOf(tokens[k - 1]))) {
    latin = latin.slice(1);
  }
  if (lower === letter) return latin;
  if (latin.length < 2 || allCaps(tokens, k)) return latinUpper(latin);
  return latinUpper(latin.slice(0, 1)) + latin.slice(1);
}

/** Lower-case Latin of a lower-case Cyrillic letter; an unlisted one by its base letter. */
function lowerLatin(lower: string): string {
  const base = lower.normalize('NFD')[0] ?? '';
  return LATIN[lower] ?? LATIN[base] ?? '\uFFFD';
}

const lowerOf = (token: Token | undefined): string => token?.cyrillic?.toLowerCase() ?? '';

/** Whether a capital sits in an all-caps word ("ЮНЕСКО"), judged by its neighbouring letters. */
function allCaps(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.raw ?? '';
  if (LETTER.test(next)) return UPPER.test(next);
  const previous = tokens[k - 1]?.raw ?? '';
  return UPPER.test(previous);
}

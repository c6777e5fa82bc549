// The check every candidate passes before it is shown: each word position the index reported is
// read back in the Q&A's own text (fetched for its excerpt anyway), and each query word must
// match a word there (match.ts): the index finds word starts, the check the Kazakh stems, English
// word forms, names and phrases. A name group's token is checked by the names of its group in the
// texts read: a Q&A holds it once, for both its texts (segments.ts).
import type { Lang } from '../../i18n/ui.ts';
import { KIND_RANK, matchWord, phraseAt } from '../shared/match.ts';
import type { MatchKind, Query } from '../shared/query.ts';
import {
  aliasToken,
  groupsNamedBy,
  segmentWords,
  type NameRule,
  type SegmentWord,
} from '../shared/segments.ts';
import type { Mark, Result } from '../shared/results.ts';
import { tokens } from '../shared/text.ts';
import {
  headerTexts,
  searchedTexts,
  type SearchInterview,
  type SearchQaText,
} from '../shared/types.ts';
import type { Candidate, Place } from './candidates.ts';
import { loadInterview, loadQa } from './engine.ts';

export interface Hit extends Result {
  candidate: Candidate;
  /** Per requirement, the first word it matched, as written (for "Did you mean …?"). */
  matched: string[];
}

type Part = 'kk' | 'en' | 'header';
type Texts = Partial<Record<Part, string[]>>;

async function loadTexts(
  candidate: Candidate,
  parts: Part[],
): Promise<{ texts: Texts; qa: Partial<Record<Lang, SearchQaText>>; header?: SearchInterview }> {
  const qa: Partial<Record<Lang, SearchQaText>> = {};
  const texts: Texts = {};
  let header: SearchInterview | undefined;
  await Promise.all(
    parts.map(async (part) => {
      if (part === 'header') {
        header = await loadInterview(candidate.interview);
        texts.header = headerTexts(header);
      } else {
        qa[part] = await loadQa(candidate.interview, candidate.n, part);
        texts[part] = searchedTexts(qa[part]);
      }
    }),
  );
  return header ? { texts, qa, header } : { texts, qa };
}

/**
 * Each text's words, split once: the queries typed one after another ("Гренланди",
 * "Гренландия") check the same Q&As, and splitting is costly (10 texts: 35 ms cold, 7 ms warm).
 */
const split = new WeakMap<object, SegmentWord[]>();
function wordsOf(source: object, texts: string[]): SegmentWord[] {
  let words = split.get(source);
  if (!words) split.set(source, (words = segmentWords(texts)));
  return words;
}

/**
 * Splits a sample into words: the first split compiles the Unicode regular expressions (7–12 ms
 * in Chromium here for a 383-letter answer, about 1 ms once compiled), better done before the
 * first search's check than in it.
 */
export const prepareCheck = (): void =>
  void tokens('Қазақстан–Түрікменстан, 2 803 «Greenland» U.S.');

/**
 * The parts to read: the interface's language when it holds every requirement found in the Q&A.
 * An alias token stands once per Q&A (segments.ts): in its Kazakh segment it may stand for names
 * in the English text too, so it counts as found in English when the Q&A has English; in its
 * English segment the Kazakh text names none of the group.
 */
function partsToRead(candidate: Candidate, lang: Lang, isToken: (place: Place) => boolean): Part[] {
  const { places, langs } = candidate;
  const own = places.filter((p) => p.lang !== 'header');
  const inLang = new Set(
    own
      .filter(
        (p) =>
          p.lang === lang ||
          (isToken(p) && p.lang === 'kk' && lang === 'en' && langs.includes('en')),
      )
      .map((p) => p.requirement),
  );
  const read = own.every((p) => inLang.has(p.requirement))
    ? [lang]
    : [...new Set(own.map((p) => p.lang))];
  return [
    ...new Set([
      ...read,
      ...places.filter((p) => p.lang === 'header').map(() => 'header' as const),
    ]),
  ];
}

/** Checks a candidate: its hit, or null. */
export async function verify(
  candidate: Candidate,
  query: Query,
  rules: NameRule[],
  lang: Lang,
): Promise<Hit | null> {
  const requirements = query.terms.length + query.phrases.length;
  const isToken = (place: Place): boolean =>
    query.terms[place.requirement]?.alternatives.some(
      (a) => a.kind === 'token' && a.search === place.search,
    ) ?? false;
  let parts = candidate.n < 0 ? (['header'] as Part[]) : partsToRead(candidate, lang, isToken);
  for (;;) {
    const loaded = await loadTexts(candidate, parts);
    const words: Partial<Record<Part, SegmentWord[]>> = {};
    for (const part of parts) {
      const source = part === 'header' ? loaded.header : loaded.qa[part];
      words[part] = source ? wordsOf(source, loaded.texts[part] ?? []) : [];
    }
    const best: (MatchKind | null)[] = Array.from({ length: requirements }, () => null);
    const matched: string[] = Array.from({ length: requirements }, () => '');
    const marks: Partial<Record<Part, Mark[]>> = {};
    const mark = (part: Part, word: SegmentWord, start: number, end: number, r: number) => {
      (marks[part] ??= []).push({ text: word.text, start, end });
      matched[r] ||= loaded.texts[part]?.[word.text]?.slice(start, end) ?? '';
    };
    for (const place of candidate.places) {
      if (isToken(place)) {
        // Not read back at its offset: the names it stands for may be in the other text read.
        const where: Part[] =
          place.lang === 'header' ? ['header'] : parts.filter((part) => part !== 'header');
        for (const part of where) {
          markNames(words[part] ?? [], place.search, rules, loaded.texts[part] ?? [], (w, s, e) => {
            mark(part, w, s, e, place.requirement);
            best[place.requirement] = 'exact';
          });
        }
        continue;
      }
      const list = words[place.lang];
      const word = list?.[place.offset];
      if (!list || word === undefined) continue;
      const term = query.terms[place.requirement];
      if (!term) {
        const phrase = query.phrases[place.requirement - query.terms.length] ?? [];
        if (!phraseAt(phrase, list, place.offset)) continue;
        best[place.requirement] = 'exact';
        phrase.forEach((_, i) => {
          const w = list[place.offset + i];
          if (w) mark(place.lang, w, w.start, w.end, place.requirement);
        });
        continue;
      }
      const alternative = term.alternatives.find((a) => a.search === place.search);
      const found = matchWord(term, word);
      if (!found) continue;
      const previous = best[place.requirement];
      if (!previous || KIND_RANK[found.kind] < KIND_RANK[previous])
        best[place.requirement] = found.kind;
      const { start, end } = found.form;
      // A near match names the corrected word's start ("Трамп" in "Трамптың").
      const named = found.kind === 'near' && alternative ? start + alternative.search.length : end;
      if (!matched[place.requirement] && found.kind === 'near') {
        matched[place.requirement] =
          loaded.texts[place.lang]?.[word.text]?.slice(start, named) ?? '';
      }
      mark(place.lang, word, start, end, place.requirement);
    }
    const missing = best.some((kind) => !kind);
    const unread = [...new Set(candidate.places.map((p) => p.lang))].filter(
      (p) => !parts.includes(p),
    );
    if (missing && unread.length > 0) {
      parts = [...parts, ...unread];
      continue;
    }
    if (missing) return null;
    const ownLangs = (['kk', 'en'] as const).filter((l) => (marks[l]?.length ?? 0) > 0);
    if (candidate.n >= 0 && ownLangs.length === 0) return null;
    const kind = best.reduce<MatchKind>(
      (worst, k) => (k && KIND_RANK[k] > KIND_RANK[worst] ? k : worst),
      'exact',
    );
    const shownLang: Lang | undefined = ownLangs.includes(lang) ? lang : ownLangs[0];
    const shownQa = shownLang ? loaded.qa[shownLang] : undefined;
    let shown: Hit['shown'];
    let part: Part;
    if (shownLang && shownQa) [shown, part] = [{ lang: shownLang, qa: shownQa }, shownLang];
    else if (loaded.header) [shown, part] = [{ header: loaded.header }, 'header'];
    else return null;
    const shownMarks = marks[part] ?? [];
    const shownTexts = loaded.texts[part] ?? [];
    const hitWords = [
      ...new Set(shownMarks.map((m) => shownTexts[m.text]?.slice(m.start, m.end) ?? '')),
    ];
    return {
      candidate,
      interview: candidate.interview,
      kind,
      shown,
      marks: shownMarks,
      words: hitWords,
      matched,
    };
  }
}

/** Marks the words of a segment that name the alias group of `token`. */
function markNames(
  words: SegmentWord[],
  token: string,
  rules: NameRule[],
  texts: string[],
  mark: (word: SegmentWord, start: number, end: number) => void,
): void {
  // Only the group's own names: each word is tried against these, not the whole table.
  const own = rules.filter((rule) => aliasToken(rule.group) === token);
  if (own.length === 0) return;
  for (const word of words) {
    for (const form of word.forms) {
      if (groupsNamedBy(texts[word.text] ?? '', form, own).length > 0) {
        mark(word, form.start, form.end);
      }
    }
  }
}

// The recall sweep: every word of every Q&A of content/, in both languages, is searched with
// the real search client against the built index, as written and by each part of a joined
// word ("Kazakhstan–Turkmenistan" by "Turkmenistan"), and digit groups joined ("2 803" by
// "2803"). Each must find its Q&A, and no result may be a Q&A that does not hold the word
// (Pagefind's fallback to a shorter indexed word once showed "Greenland" for "Afghanistan").
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { loadLibrary } from '../../src/library/load-library.ts';
import type { QuestionText } from '../../src/library/model.ts';
import { vocabularyFiles } from '../../src/search/build/vocabulary.ts';
import { stemKazakh } from '../../src/search/shared/normalise.ts';
import { foldWord } from '../../src/search/shared/text.ts';
import type { Answer } from '../support/search-harness.ts';
import { ALL_QUERIES } from '../support/search-queries.ts';

interface Case {
  query: string;
  target: string;
}

const library = loadLibrary();
const texts = (text: QuestionText | undefined): string[] =>
  text
    ? [text.heading.text, ...text.paragraphs.map((p) => p.text), ...text.notes.map((n) => n.text)]
    : [];
const qas = library.interviews.flatMap((interview) =>
  interview.sections.flatMap((section) =>
    section.questions.map((question) => ({
      id: question.id,
      kk: texts(question.kk),
      en: texts(question.en),
      titles: [section.title.kk, section.title.en ?? ''],
    })),
  ),
);

const JOINER = /[-‐-―−/'’]/u;
const EDGE = /^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu;
const DIGIT_GROUPS = /\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?!\d)/g;

/** The queries a reader could type from a text: each word, each part of a joined one, numbers. */
function queriesOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(EDGE, '');
    const parts = word.split(JOINER).filter((part) => /[\p{L}\p{N}]/u.test(part));
    out.push(word, ...(parts.length > 1 ? parts.map((part) => part.replace(EDGE, '')) : []));
  }
  for (const number of text.matchAll(DIGIT_GROUPS)) out.push(number[0].replace(/\D/g, ''));
  // Single letters and digits are searched only as whole words; they are not a reader's query.
  return out.filter(
    (query) => [...query.replace(/\W/gu, '')].length > 1 || /\p{L}{2}/u.test(query),
  );
}

function casesOf(lang: 'kk' | 'en'): Case[] {
  const cases: Case[] = [];
  for (const qa of qas) {
    const seen = new Set<string>();
    for (const query of qa[lang].flatMap(queriesOf)) {
      const key = query.toLocaleLowerCase('kk');
      if (seen.has(key)) continue;
      seen.add(key);
      cases.push({ query, target: qa.id });
    }
  }
  return cases;
}

/**
 * The reference for "this Q&A holds the query word", written apart from the client's matcher and
 * looser than it: a word of the Q&A or of its section's title (either language; each part of
 * a joined word, and the whole) starts with the query word's Kazakh stem, or with the first four letters of a Latin
 * word (its English stem and more), or with any name of an alias group the query word names.
 * A result failing it is unrelated to the query.
 */
const formsOf = (text: string): string[] =>
  text
    .replace(/(?<=\d)[ \u00a0\u202f,](?=\d{3})/g, '')
    .split(/\s+/)
    .flatMap((token) => [
      ...(token.match(/[\p{L}\p{N}]+/gu) ?? []),
      token.replace(/[^\p{L}\p{N}]/gu, ''),
    ])
    .map(foldWord);
const forms = new Map(
  qas.map((qa) => [qa.id, formsOf([...qa.kk, ...qa.en, ...qa.titles].join(' '))]),
);
const aliasNames = library.aliases.map((group) =>
  group.names.map((name) => foldWord(name.replace(/[^\p{L}\p{N}]/gu, ''))),
);

function related(query: string, target: string): boolean {
  const held = forms.get(target) ?? [];
  const word = foldWord(query.replace(/[^\p{L}\p{N}]/gu, ''));
  const starts = [
    /\p{Script=Cyrillic}/u.test(word) ? stemKazakh(word) : [...word].slice(0, 4).join(''),
    ...aliasNames.filter((names) => names.some((name) => word.startsWith(name))).flat(),
  ];
  return held.some((form) => starts.some((start) => form.startsWith(start)));
}

/** Opens a page of the built site with the search harness (tests/support/search-harness.ts) at hand. */
async function openHarness(page: import('@playwright/test').Page): Promise<void> {
  const bundle = await build({
    entryPoints: ['tests/support/search-harness.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  await page.route('**/search-harness.js', (route) =>
    route.fulfill({ body: code, contentType: 'text/javascript' }),
  );
  await page.goto('');
}

async function sweep(page: import('@playwright/test').Page, cases: Case[]): Promise<Answer[]> {
  await openHarness(page);
  return page.evaluate(
    async (queries) => {
      const { ask } = (await import(
        /* @vite-ignore */ `${location.origin}/search-harness.js`
      )) as typeof import('../support/search-harness.ts');
      const answers = [];
      for (const query of queries) answers.push(await ask(query, 'kk'));
      return answers;
    },
    cases.map((c) => c.query),
  );
}

for (const lang of ['kk', 'en'] as const) {
  test(`every ${lang === 'kk' ? 'Kazakh' : 'English'} word of every Q&A finds it, and nothing unrelated`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const cases = casesOf(lang);
    const answers = await sweep(page, cases);
    const missed: string[] = [];
    const unrelated: string[] = [];
    let shown = 0;
    cases.forEach(({ query, target }, i) => {
      const ids = (answers[i]?.hrefs ?? []).map((href) => href.split('#')[1] ?? '');
      shown += ids.length;
      if (!ids.includes(target)) missed.push(`${query} (${target})`);
      for (const id of ids) if (id && !related(query, id)) unrelated.push(`${query} → ${id}`);
    });
    console.log(
      `recall sweep (${lang}): ${cases.length - missed.length}/${cases.length} words found their Q&A; ${shown} results shown, ${unrelated.length} unrelated`,
    );
    expect(missed, 'words that do not find their Q&A').toEqual([]);
    expect(unrelated, 'results that do not hold the word').toEqual([]);
  });
}

test('the queries of search-queries.ts, in any spelling or form, give their Q&A first', async ({
  page,
}) => {
  const cases = ALL_QUERIES.map(({ query, expected }) => ({ query, target: expected }));
  const answers = await sweep(page, cases);
  const wrong = cases.flatMap(({ query, target }, i) => {
    const first = answers[i]?.hrefs[0]?.split('#')[1];
    return first === target ? [] : [`${query}: ${first ?? 'nothing'} instead of ${target}`];
  });
  expect(wrong).toEqual([]);
});

// The search's reader of Pagefind's index finds every word of the vocabulary (every word form of
// the library): the typo step takes a word the vocabulary holds for no typo, so a word the reader
// missed would be neither found nor corrected.
test("the search's reader of Pagefind's index finds a page for every word of the vocabulary", async ({
  page,
}) => {
  const words = vocabularyFiles(library).files.flatMap((file) => file.text.split('\n'));
  await openHarness(page);
  const missing = await page.evaluate(async (words) => {
    const { pagesFor } = (await import(
      /* @vite-ignore */ `${location.origin}/search-harness.js`
    )) as typeof import('../support/search-harness.ts');
    const none: string[] = [];
    for (const word of words) if ((await pagesFor(word)) === 0) none.push(word);
    return none;
  }, words);
  console.log(
    `vocabulary: ${words.length - missing.length}/${words.length} words found in the index`,
  );
  expect(words.length).toBeGreaterThan(1000);
  expect(missing).toEqual([]);
});

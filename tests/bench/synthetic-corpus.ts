// A synthetic library for scale benchmarks: N interviews shaped like the seed (its sections,
// questions and paragraph counts), their text made of the seed's sentences reshuffled. Every
// title says it is synthetic. Written to a folder of the caller's, never into content/.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../../src/library/load-library.ts';
import { serializeSection } from '../../src/importer/section-markdown.ts';

/** A small deterministic generator, so that two runs build the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sentences = (texts: string[]): string[] =>
  texts.flatMap((text) => text.match(/[^.!?]+[.!?]+/gu) ?? [text]).map((s) => s.trim());

export function writeSyntheticCorpus(dir: string, count: number): void {
  const { interviews } = loadLibrary();
  const seed = interviews[0];
  if (!seed) throw new Error('content/ has no interview to take sentences from');
  const all = seed.sections.flatMap((s) => s.questions);
  const kk = sentences(all.flatMap((q) => q.kk.paragraphs.map((p) => p.text)));
  const en = sentences(all.flatMap((q) => q.en?.paragraphs.map((p) => p.text) ?? []));
  mkdirSync(join(dir, 'interviews'), { recursive: true });
  cpSync(join('content', 'topics.yaml'), join(dir, 'topics.yaml'));
  // The seed's names in any spelling: a name's token in the index grows with the library too.
  cpSync(join('content', 'aliases.yaml'), join(dir, 'aliases.yaml'));

  for (let i = 1; i <= count; i++) {
    const next = random(i);
    const pick = (pool: string[], n: number): string =>
      Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]).join(' ');
    const id = `2000-01-01-synthetic-${String(i).padStart(4, '0')}`;
    const root = join(dir, 'interviews', id);
    mkdirSync(join(root, 'kk'), { recursive: true });
    mkdirSync(join(root, 'en'), { recursive: true });
    writeFileSync(
      join(root, 'interview.yaml'),
      [
        `title: { kk: "Синтетикалық сұхбат ${i} (өлшеуге арналған)", en: "Synthetic interview ${i} (for benchmarks)" }`,
        `date: "2000-01-01"`,
        'speaker: { kk: "Синтетикалық мәтін", en: "Synthetic text" }',
        'outlet: Synthetic corpus',
        'source: Sentences of the seed interview, reshuffled',
        `lede: { kk: "${pick(kk, 2).replaceAll('"', "'")}", en: "${pick(en, 2).replaceAll('"', "'")}" }`,
        '',
      ].join('\n'),
    );
    seed.sections.forEach((section, index) => {
      const name = `${String(index + 1).padStart(2, '0')}-${section.id}.md`;
      const questions = (lang: 'kk' | 'en') =>
        section.questions.map((q) => ({
          id: q.id,
          text: pick(lang === 'kk' ? kk : en, 1),
          paragraphs: q.kk.paragraphs.map(() => pick(lang === 'kk' ? kk : en, 3)),
        }));
      const kkFront = {
        id: section.id,
        order: index + 1,
        title: `${section.title.kk} (${i})`,
        topics: section.topics,
      };
      const enFront = {
        id: section.id,
        title: `${section.title.en ?? section.id} (${i})`,
        translation: 'unofficial',
      };
      writeFileSync(
        join(root, 'kk', name),
        serializeSection({ frontmatter: kkFront, questions: questions('kk') }),
      );
      writeFileSync(
        join(root, 'en', name),
        serializeSection({ frontmatter: enFront, questions: questions('en') }),
      );
    });
  }
}

import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';

const id = z
  .string()
  .regex(ID_PATTERN, 'must be ASCII lower-case words joined by hyphens, e.g. "greenland-future"');
const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.object({ kk: text, en: text.optional() }).strict();

/** `interview.yaml`: what is known about the interview as a whole. */
export const interviewMetaSchema = z
  .object({
    title: bilingual,
    date: z.iso.date('must be a date written YYYY-MM-DD'),
    speaker: bilingual,
    outlet: text,
    source: text,
    // http(s) only: the link is on every page of the interview, and must not run a script.
    sourceUrl: z
      .httpUrl('must be an http or https address, e.g. https://example.org/article')
      .optional(),
    lede: bilingual,
  })
  .strict();

/** Frontmatter of a Kazakh section file. */
export const sectionFrontmatterSchema = z
  .object({
    id,
    order: z.number().int().positive(),
    title: text,
    /** The title is the editors', not the source's (e.g. the first group had no heading). */
    editorial: z.boolean().default(false),
    topics: z.array(id).default([]),
  })
  .strict();

/** Frontmatter of an English gloss file; the gloss is always our unofficial translation. */
export const glossFrontmatterSchema = z
  .object({ id, title: text, translation: z.literal('unofficial') })
  .strict();

/** `topics.yaml`: topic id -> labels and optional extra search words. */
export const topicsSchema = z.record(
  id,
  z.object({ kk: text, en: text, synonyms: z.array(text).default([]) }).strict(),
);

/**
 * `aliases.yaml`: alias group id -> the names readers type for one person, place or body, in
 * any spelling or script. A name is one word (dots allowed, as in "U.S."); a name written in
 * capitals ("UN", "АҚШ") is matched only in capitals in the text.
 */
export const aliasesSchema = z.record(
  id,
  z
    .array(
      text.regex(
        /^[\p{L}\p{N}.'’-]+$/u,
        'must be one word (letters, digits, dots, hyphens), e.g. "U.S." or "Тоқаев"',
      ),
    )
    .min(2, 'must list at least two names'),
);

/**
 * The only changes ever made to the Kazakh text: the normalisations of the import (README,
 * "Importing another interview"). A correction entry for Kazakh must name one of them.
 */
export const NORMALISATIONS = ['white-space', 'missing-space', 'glued-heading'] as const;

/** One entry of `corrections.yaml`: a change to the published text, when and why. */
export const correctionSchema = z
  .object({
    date: z.iso.date('must be a date written YYYY-MM-DD'),
    question: id,
    lang: z.enum(['en', 'kk'], 'must be en (the English gloss) or kk (the Kazakh text)'),
    normalisation: z.enum(NORMALISATIONS, `must be one of ${NORMALISATIONS.join(', ')}`).optional(),
    what: text,
    why: text,
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.lang === 'kk' && !entry.normalisation) {
      context.addIssue({
        code: 'custom',
        path: ['lang'],
        message: `kk is only for a documented normalisation of the Kazakh text (add normalisation: ${NORMALISATIONS.join(', ')}); the Kazakh text is the speaker's words and is never corrected`,
      });
    }
    if (entry.lang === 'en' && entry.normalisation) {
      context.addIssue({
        code: 'custom',
        path: ['normalisation'],
        message: 'only an entry for the Kazakh text (lang: kk) records a normalisation',
      });
    }
  });

export type SectionFrontmatter = z.infer<typeof sectionFrontmatterSchema>;
export type GlossFrontmatter = z.infer<typeof glossFrontmatterSchema>;
export type Topics = z.infer<typeof topicsSchema>;
export type Aliases = z.infer<typeof aliasesSchema>;

/** Formats zod issues as `field: problem` lines. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

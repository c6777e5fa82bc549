import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { interviewData, servedSchema } from '../../../src/export/interview-data.ts';
import schema from '../../../src/export/interview.v1.schema.json' with { type: 'json' };
import { loadLibrary } from '../../../src/library/load-library.ts';
import { MINI, present } from '../../support/helpers.ts';

const SITE = new URL('https://example.org');
const library = loadLibrary(MINI);
const interview = present(library.interviews[0], 'an interview');
const validate = addFormats(new Ajv2020({ allErrors: true, strict: true })).compile(schema);

describe('interviewData', () => {
  it('validates against the schema, a section without English included', () => {
    const data = interviewData(interview, library.topics, SITE);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(interview.sections.some((section) => section.title.en === undefined)).toBe(true);
  });

  it('leaves out the English where there is no gloss, and marks the gloss unofficial', () => {
    const data = interviewData(interview, library.topics, SITE);
    expect(data.translation).toEqual({ en: 'unofficial' });
    const unglossed = data.sections.find((section) => section.title.en === undefined);
    expect(unglossed?.questions.flatMap((q) => q.paragraphs).every((p) => !('en' in p))).toBe(true);
  });

  it('gives canonical URLs with the base path and the schema’s address on this site', () => {
    const data = interviewData(interview, library.topics, SITE, '/reader/');
    const section = present(data.sections[0], 'a section');
    const question = present(section.questions[0], 'a question');
    expect(data.$schema).toBe('https://example.org/reader/schema/interview.v1.json');
    expect(question.url.en).toBe(
      `https://example.org/reader/en/${interview.id}/${section.id}/#${question.id}`,
    );
    expect(question.paragraphs[1]?.id).toBe(`${question.id}-2`);
    expect(servedSchema(data.$schema).$id).toBe(data.$schema);
  });

  it('lists only the topics the sections use', () => {
    const data = interviewData(interview, library.topics, SITE);
    const used = new Set(interview.sections.flatMap((section) => section.topics));
    expect(data.topics.map((topic) => topic.id).sort()).toEqual([...used].sort());
  });
});

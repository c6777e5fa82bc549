import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRawText } from '../../../src/importer/decode-raw-text.ts';
import { parseRawInterview } from '../../../src/importer/parse-raw-interview.ts';
import { SEED } from '../../support/helpers.ts';

const seed = parseRawInterview(decodeRawText(readFileSync(SEED)));

describe('parseRawInterview on the seed', () => {
  it('finds 9 sections and 11 questions', () => {
    expect(seed.sections).toHaveLength(9);
    expect(seed.sections.flatMap((s) => s.questions)).toHaveLength(11);
    expect(seed.sections.map((s) => s.questions.length)).toEqual([3, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('reads the headings, the first group having none', () => {
    expect(seed.sections.map((s) => s.heading)).toEqual([
      null,
      'Президент Дональд Трамптың ішкі саясаты',
      'Ибраһим келісімдері',
      'Бейбітшілік кеңесін құру',
      'Газа секторына арналған бейбіт жоспар',
      'Ресей-Украина қақтығысы',
      'Гренландияның болашағы',
      'Қазақстандағы Конституциялық реформа',
      'Ел дамуының басты бағдары',
    ]);
  });

  it('moves the heading glued to line 7 into its own section', () => {
    const paragraph = seed.sections[0]?.questions[2]?.paragraphs;
    expect(paragraph).toHaveLength(1);
    expect(paragraph?.[0]?.text.endsWith('жұмыла кіріседі деп үміттенеміз.')).toBe(true);
    expect(seed.sections[1]).toMatchObject({
      heading: 'Президент Дональд Трамптың ішкі саясаты',
      line: 7,
    });
    expect(seed.normalisations).toContainEqual({ kind: 'glued-heading', line: 7 });
  });

  it('restores the missing space after a full stop', () => {
    const text = seed.sections[0]?.questions[0]?.paragraphs[0]?.text ?? '';
    expect(text).toContain('үлес қосамыз. Пәкістанға алғашқы');
    expect(text).not.toContain('қосамыз.Пәкістанға');
    expect(seed.normalisations).toContainEqual({ kind: 'missing-space', line: 3 });
  });

  it('keeps abbreviations such as BAQ.KZ intact', () => {
    expect(seed.lede.endsWith('деп хабарлайды BAQ.KZ.')).toBe(true);
  });

  it('takes the date, and the lede first sentence as the title', () => {
    expect(seed.date).toBe('2026-02-05');
    expect(seed.title).toBe(
      'Қазақстан Президенті Қасым-Жомарт Тоқаевтың Пәкістанның The News International газетіне берген сұхбаты',
    );
  });

  it('counts the answer paragraphs of every question', () => {
    const counts = seed.sections.flatMap((s) => s.questions.map((q) => q.paragraphs.length));
    expect(counts).toEqual([1, 1, 1, 3, 6, 3, 2, 2, 4, 4, 6]);
  });
});

describe('parseRawInterview on odd shapes', () => {
  it('treats a short unpunctuated first answer line as the answer, not a heading', () => {
    const raw = parseRawInterview(' date 2026-01-01 Лид.\n- Сұрақ?\nИә\n- Тағы сұрақ?\nЖауап.');
    expect(raw.sections).toHaveLength(1);
    expect(raw.sections[0]?.questions[0]?.paragraphs[0]?.text).toBe('Иә');
  });

  it('reads a heading before the first question', () => {
    const raw = parseRawInterview(' date 2026-01-01 Лид.\nКіріспе тақырып\n- Сұрақ?\nЖауап.');
    expect(raw.sections[0]?.heading).toBe('Кіріспе тақырып');
  });

  it('folds tabs and runs of spaces', () => {
    const raw = parseRawInterview('date 2026-01-01\tЛид.\n-   Сұрақ\t бар?\nЖауап    осы.\t');
    expect(raw.sections[0]?.questions[0]?.text).toBe('Сұрақ бар?');
    expect(raw.sections[0]?.questions[0]?.paragraphs[0]?.text).toBe('Жауап осы.');
  });
});

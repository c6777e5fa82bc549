import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSectionFile } from '../../../src/library/parse-section.ts';
import { runImport, tempDir } from '../../support/helpers.ts';

const GOOD = ' date 2026-02-05 Лид сөйлемі. Екінші сөйлем.\n- Бірінші сұрақ?\nЖауап.';

interface Case {
  name: string;
  /** File content; `null` means no file at the path, `'dir'` a directory, `'fifo'` a named pipe. */
  input: string | Buffer | null | 'dir' | 'fifo';
  /** The one line on stderr, `PATH` standing for the input's path. */
  error?: string;
  /** On success: checks over the written interview folder. */
  check?: (dir: string) => void;
}

const kkFiles = (dir: string): string[] => readdirSync(join(dir, 'kk')).sort();
const kkText = (dir: string, index = 0): string =>
  readFileSync(join(dir, 'kk', kkFiles(dir)[index] ?? ''), 'utf8');

const cases: Case[] = [
  { name: 'empty file', input: '', error: 'error: PATH: the file is empty' },
  {
    name: 'white space only',
    input: ' \n\t\n  ',
    error: 'error: PATH: the file holds only white space',
  },
  { name: 'missing path', input: null, error: 'error: PATH: no such file' },
  { name: 'a directory', input: 'dir', error: 'error: PATH: is a directory, not a text file' },
  {
    name: 'a named pipe',
    input: 'fifo',
    error: 'error: PATH: is a named pipe (FIFO), not a text file',
  },
  {
    name: 'binary data',
    input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    error: 'error: PATH: the file holds binary data (NUL bytes), not UTF-8 text',
  },
  {
    name: 'not UTF-8',
    input: Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xff, 0xfe, 0x41]),
    error: 'error: PATH: the file is not valid UTF-8 text; save it as UTF-8 and try again',
  },
  {
    name: 'no date marker',
    input: 'Лид.\n- Сұрақ?\nЖауап.',
    error:
      "error: PATH:1: no date marker: the first line must start with 'date YYYY-MM-DD' and then the lede",
  },
  {
    name: 'impossible date',
    input: ' date 2026-13-40 Лид.\n- Сұрақ?\nЖауап.',
    error:
      "error: PATH:1: impossible date '2026-13-40': write the date as YYYY-MM-DD, e.g. 2026-02-05",
  },
  {
    name: 'no lede',
    input: ' date 2026-02-05\n- Сұрақ?\nЖауап.',
    error: 'error: PATH:1: no lede after the date',
  },
  {
    name: 'no questions',
    input: ' date 2026-02-05 Лид.\nТек мәтін.\nТағы мәтін.',
    error: "error: PATH: no questions: no line starts with '- '",
  },
  {
    name: 'a question with no answer',
    input: ' date 2026-02-05 Лид.\n- Бірінші?\n- Екінші?\nЖауап.',
    error: 'error: PATH:2: the question on line 2 has no answer',
  },
  {
    name: 'a last question with no answer',
    input: ' date 2026-02-05 Лид.\n- Бірінші?\nЖауап.\n- Екінші?',
    error: 'error: PATH:4: the question on line 4 has no answer',
  },
  {
    name: 'a question that is only punctuation',
    input: ' date 2026-02-05 Лид.\n- ?\nЖауап.',
    error: 'error: PATH:2: the question on line 2 has no words; write the question out',
  },
  {
    name: 'a lede that is only punctuation',
    input: ' date 2026-02-05 ... !\n- Сұрақ?\nЖауап.',
    error:
      'error: PATH:1: the lede has no words; write it after the date, its first sentence is the title',
  },
  {
    name: 'a lede whose first sentence is only punctuation',
    input: ' date 2026-02-05 ... Лид сөйлемі.\n- Сұрақ?\nЖауап.',
    error:
      "error: PATH:1: the lede's first sentence '...' has no words, and it is the title; start the lede with a sentence",
  },
  {
    name: 'a question of zero-width characters',
    input: ' date 2026-02-05 Лид.\n- \u200B\u2060\uFEFF\nЖауап.',
    error: 'error: PATH:2: the question on line 2 has no words; write the question out',
  },
  {
    name: 'a heading followed by no question',
    input: ' date 2026-02-05 Лид.\n- Бірінші?\nЖауап.\nЕл дамуының басты бағдары',
    error:
      "error: PATH:4: the topic heading 'Ел дамуының басты бағдары' is followed by no question",
  },
  {
    name: 'text before the first question',
    input: ' date 2026-02-05 Лид.\nБұл кіріспе абзац.\n- Сұрақ?\nЖауап.',
    error:
      'error: PATH:2: text before the first question: the lede belongs on the date line, answers after a question',
  },
  {
    name: 'two sections whose ids collide',
    input:
      ' date 2026-02-05 Лид.\n- С1?\nЖ1.\nҚазақстан экономикасы\n- С2?\nЖ2.\nҚазақстан экономикасы\n- С3?\nЖ3.',
    check: (dir) => {
      expect(kkFiles(dir)).toEqual([
        '01-s1-2.md',
        '02-qazaqstan-ekonomikasy.md',
        '03-qazaqstan-ekonomikasy-2.md',
      ]);
      expect(kkText(dir, 2)).toContain('id: qazaqstan-ekonomikasy-2\n');
    },
  },
  {
    name: 'questions and headings whose ids would be ids the page already uses',
    input:
      ' date 2026-02-05 Лид.\n- Main?\nЖауап.\n- Contents?\nЖауап.\n- Сауда?\nЖауап.\n- Сауда title?\nЖауап.\nЭкономика\n- Экономика heading?\nЖауап.',
    check: (dir) => {
      expect(kkText(dir)).toContain('## Main? {#main-2}');
      expect(kkText(dir)).toContain('## Contents? {#contents-2}');
      // "sauda-title" is the id of the heading of question "sauda".
      expect(kkText(dir)).toContain('## Сауда title? {#sauda-title-2}');
      // "ekonomika-heading" is a question's, so section "ekonomika" could not have its heading.
      expect(kkFiles(dir)[1]).toBe('02-ekonomika-2.md');
      expect(kkText(dir, 1)).toContain('## Экономика heading? {#ekonomika-heading}');
    },
  },
  {
    name: 'CRLF line endings',
    input: GOOD.replaceAll('\n', '\r\n'),
    check: (dir) => {
      expect(kkText(dir)).not.toContain('\r');
      expect(kkText(dir)).toContain('## Бірінші сұрақ? {#birinshi-suraq}\n\nЖауап.\n');
    },
  },
  {
    name: 'a BOM',
    input: `\uFEFF${GOOD}`,
    check: (dir) => {
      expect(readFileSync(join(dir, 'interview.yaml'), 'utf8')).toContain('date: 2026-02-05');
      expect(readFileSync(join(dir, 'source.txt'))[0]).toBe(0xef);
    },
  },
  {
    name: 'tabs and runs of spaces',
    input: ' date 2026-02-05\tЛид.\n-  Сұрақ\t\tбар?\nЖауап   осы.\t',
    check: (dir) => expect(kkText(dir)).toContain('## Сұрақ бар? {#suraq-bar}\n\nЖауап осы.\n'),
  },
  {
    name: '<script> and Markdown syntax in the text',
    input:
      ' date 2026-02-05 Лид.\n- <script>alert(1)</script> сұрақ?\n1. *Жауап* <b>осы</b> # [сілтеме](x)',
    check: (dir) => {
      const parsed = parseSectionFile(kkText(dir), 'kk.md', 'kk');
      const question = parsed.questions[0];
      expect(question?.heading.text).toBe('<script>alert(1)</script> сұрақ?');
      expect(question?.heading.html).toBe('&#x3C;script>alert(1)&#x3C;/script> сұрақ?');
      expect(question?.paragraphs[0]?.text).toBe('1. *Жауап* <b>осы</b> # [сілтеме](x)');
      expect(question?.paragraphs[0]?.html).not.toContain('<b>');
    },
  },
  {
    name: 'a line of zero-width characters between paragraphs',
    input: ' date 2026-02-05 Лид.\n- Сұрақ?\nЖауап.\n\u200B\u2060\uFEFF\nСоңғы абзац.',
    check: (dir) => {
      const paragraphs = parseSectionFile(kkText(dir), 'kk.md', 'kk').questions[0]?.paragraphs;
      expect(paragraphs?.map((p) => p.text)).toEqual(['Жауап.', 'Соңғы абзац.']);
    },
  },
  {
    name: 'text that looks like a footnote reference',
    input: ' date 2026-02-05 Лид.\n- Сұрақ[^1] бар ма?\nЖауап[^1] мәтін.',
    check: (dir) => {
      // The importer escapes it, and the build reads it back as the same text.
      const question = parseSectionFile(kkText(dir), 'kk.md', 'kk').questions[0];
      expect(question?.heading.text).toBe('Сұрақ[^1] бар ма?');
      expect(question?.paragraphs[0]?.text).toBe('Жауап[^1] мәтін.');
      expect(question?.notes).toEqual([]);
    },
  },
  {
    name: 'a 2 MB line',
    input: ` date 2026-02-05 Лид.\n- Сұрақ?\n${'сөз '.repeat(350_000)}соңы.`,
    check: (dir) => {
      const text =
        parseSectionFile(kkText(dir), 'kk.md', 'kk').questions[0]?.paragraphs[0]?.text ?? '';
      expect(text.length).toBe(4 * 350_000 + 'соңы.'.length);
    },
  },
];

describe('npm run import on bad or odd input', () => {
  it.each(cases)('$name', ({ input, error, check }) => {
    const tmp = tempDir();
    const path = join(tmp, 'raw.txt');
    if (input === 'dir') mkdirSync(path);
    else if (input === 'fifo') execFileSync('mkfifo', [path]);
    else if (input !== null) writeFileSync(path, input);
    const out = join(tmp, 'out');
    const result = runImport([path, '--out', out, '--id', 'test-interview']);
    if (error) {
      expect(result.stderr).toBe(`${error.replace('PATH', path)}\n`);
      expect(result.status).toBe(1);
      expect(existsSync(out)).toBe(false);
    } else {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      check?.(join(out, 'test-interview'));
      expect(readdirSync(out)).toEqual(['test-interview']);
    }
  });

  it('answers a missing argument with the usage line', () => {
    const result = runImport([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'error: usage: npm run import -- <raw.txt> [--id <interview-id>] [--out <dir>] [--force]\n',
    );
  });

  it('says that a device is a device', () => {
    const result = runImport(['/dev/null', '--out', join(tempDir(), 'out'), '--id', 'x']);
    expect(result.stderr).toBe('error: /dev/null: is a device, not a text file\n');
    expect(result.status).toBe(1);
  });

  it('refuses an id that is not an ASCII slug', () => {
    const tmp = tempDir();
    writeFileSync(join(tmp, 'raw.txt'), GOOD);
    const result = runImport([join(tmp, 'raw.txt'), '--out', join(tmp, 'out'), '--id', 'Бад Id']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the interview id 'Бад Id' is not ASCII lower-case words");
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });
});

describe('the written folder', () => {
  it('has the usual permissions, like the folders inside it', () => {
    const tmp = tempDir();
    writeFileSync(join(tmp, 'raw.txt'), GOOD);
    const out = join(tmp, 'out');
    expect(runImport([join(tmp, 'raw.txt'), '--out', out, '--id', 'x']).status).toBe(0);
    const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8);
    expect(mode(join(out, 'x'))).toBe(mode(join(out, 'x', 'kk')));
    expect(mode(join(out, 'x'))).not.toBe('700');
  });
});

describe('existing output', () => {
  const setup = () => {
    const tmp = tempDir();
    const raw = join(tmp, 'raw.txt');
    writeFileSync(raw, GOOD);
    const out = join(tmp, 'out');
    expect(runImport([raw, '--out', out, '--id', 'x']).status).toBe(0);
    const edited = join(out, 'x', 'interview.yaml');
    writeFileSync(edited, 'edited by hand\n');
    writeFileSync(raw, GOOD.replace('Жауап.', 'Жаңа жауап.'));
    return { raw, out, edited };
  };

  it('is refused without --force and left untouched', () => {
    const { raw, out, edited } = setup();
    const result = runImport([raw, '--out', out, '--id', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: ${join(out, 'x')} already exists; pass --force to replace it\n`,
    );
    expect(readFileSync(edited, 'utf8')).toBe('edited by hand\n');
    expect(readdirSync(out)).toEqual(['x']);
  });

  it('is replaced whole with --force, leaving no temporary folders', () => {
    const { raw, out, edited } = setup();
    const result = runImport([raw, '--out', out, '--id', 'x', '--force']);
    expect(result.status).toBe(0);
    expect(readFileSync(edited, 'utf8')).toContain('date: 2026-02-05');
    expect(kkText(join(out, 'x'))).toContain('Жаңа жауап.');
    expect(readdirSync(out)).toEqual(['x']);
  });
});

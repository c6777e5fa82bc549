import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/library/content-error.ts';
import { parseSectionFile } from '../../../src/library/parse-section.ts';

const FILE = 'kk/01-s.md';

/** A one-question section; `body` starts on line 9. */
const section = (body: string): string =>
  `---\nid: s\norder: 1\ntitle: Бөлім\n---\n\n## Сұрақ? {#q}\n\n${body}\n`;

/** The problems a section file is refused with, or [] when it is accepted. */
function problems(source: string, lang: 'kk' | 'en' = 'kk'): string[] {
  try {
    parseSectionFile(source, FILE, lang);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const firstParagraph = (source: string, lang: 'kk' | 'en' = 'kk'): string =>
  parseSectionFile(source, FILE, lang).questions[0]?.paragraphs[0]?.html ?? '';

describe('links', () => {
  const refused = (href: string, line = 9) =>
    `line ${line}: link to "${href}" is not allowed: use an http, https or mailto address, or a relative link`;

  it.each([
    ['[x](javascript:alert(1))', 'javascript:alert(1)'],
    ['[x](JavaScript:alert(1))', 'JavaScript:alert(1)'],
    ['<javascript:alert(2)>', 'javascript:alert(2)'],
    ['[x](vbscript:msgbox(1))', 'vbscript:msgbox(1)'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4='],
    // Character references and a tab the browser strips still spell a script link.
    ['[x](&#106;avascript:alert(1))', 'javascript:alert(1)'],
    ['[x](java&#9;script:alert(1))', 'java\tscript:alert(1)'],
  ])('refuses %s in a paragraph, naming the line', (markdown, href) => {
    expect(problems(section(`Жауап ${markdown} мұнда.`))).toEqual([refused(href)]);
  });

  it('refuses a script link in a question heading', () => {
    const source = section('Жауап.').replace('Сұрақ?', '[Сұрақ](javascript:alert(1))?');
    expect(problems(source)).toEqual([refused('javascript:alert(1)', 7)]);
  });

  it('refuses a script link in a footnote, naming the line of its definition', () => {
    const source = section('Жауап[^n].\n\n[^n]: Қараңыз: [мына жерде](javascript:alert(3)).');
    expect(problems(source)).toEqual([refused('javascript:alert(3)', 11)]);
  });

  it('refuses a script link in a footnote that nothing refers to', () => {
    const source = section('Жауап.\n\n[^n]: <javascript:alert(4)>');
    expect(problems(source)).toContain(refused('javascript:alert(4)', 11));
  });

  it('keeps http, https, mailto and relative links as they are', () => {
    const html = firstParagraph(
      section(
        '[a](https://example.org/a?b=1) [b](http://example.kz) [c](mailto:editor@example.org) [d](#q-1) [e](../other/) <https://example.org> www.example.org',
      ),
    );
    for (const href of [
      'https://example.org/a?b=1',
      'http://example.kz',
      'mailto:editor@example.org',
      '#q-1',
      '../other/',
      'https://example.org',
      'http://www.example.org',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
  });
});

describe('footnotes', () => {
  const withNote = section('Жауап[^n] мәтін.\n\n[^n]: Түсініктеме.');

  it('link the notes of a Kazakh file with Kazakh ids', () => {
    expect(firstParagraph(withNote, 'kk')).toBe(
      'Жауап<sup class="note-ref"><a href="#q-note-kk-1" id="q-ref-kk-1">1</a></sup> мәтін.',
    );
  });

  it('link the notes of an English file with the ids they always had', () => {
    expect(firstParagraph(withNote, 'en')).toBe(
      'Жауап<sup class="note-ref"><a href="#q-note-1" id="q-ref-1">1</a></sup> мәтін.',
    );
  });

  it('give the back-link id to the first reference only, when a note is referred to twice', () => {
    const html = firstParagraph(section('Бір[^n], екі[^n].\n\n[^n]: Түсініктеме.'));
    expect(html).toBe(
      'Бір<sup class="note-ref"><a href="#q-note-kk-1" id="q-ref-kk-1">1</a></sup>, екі<sup class="note-ref"><a href="#q-note-kk-1">1</a></sup>.',
    );
  });

  it.each([
    ['a list', '[^n]: Тізім:\n\n    - бір\n    - екі', 'a list'],
    ['two paragraphs', '[^n]: Бірінші абзац.\n\n    Екінші абзац.', '2 paragraphs'],
    ['an HTML block', '[^n]:\n    <div>блок</div>', 'an HTML block'],
    ['a quotation', '[^n]: > Дәйексөз.', 'a quotation'],
  ])('refuse a definition that holds %s, rather than drop or glue its text', (_, note, what) => {
    expect(problems(section(`Жауап[^n].\n\n${note}`))).toEqual([
      `line 11: footnote [^n] holds ${what}; a note is one paragraph of text: write it as one paragraph, or as several notes`,
    ]);
  });

  it('read literal text that looks like a reference, escaped as the importer writes it', () => {
    const parsed = parseSectionFile(section('Жауап\\[^1] мәтін.'), FILE, 'kk');
    expect(parsed.questions[0]?.paragraphs[0]?.text).toBe('Жауап[^1] мәтін.');
  });

  it('still refuse an unescaped reference that has no definition', () => {
    expect(problems(section('Жауап[^1] мәтін.'))).toEqual([
      'line 9: footnote [^1] has no definition',
    ]);
  });
});

describe('invisible text', () => {
  it('refuses a paragraph made only of zero-width characters', () => {
    expect(problems(section('Жауап.\n\n\u200B\u2060\uFEFF'))).toEqual([
      'line 11: paragraph has no visible text (only invisible characters such as U+200B); delete it',
    ]);
  });

  it('refuses a question heading made only of zero-width characters', () => {
    expect(problems(section('Жауап.').replace('Сұрақ?', '\u200B'))).toEqual([
      'line 7: question heading has no visible text; write the question',
    ]);
  });
});

describe('the file', () => {
  it('may start with a byte order mark', () => {
    const parsed = parseSectionFile(`\uFEFF${section('Жауап.')}`, FILE, 'kk');
    expect(parsed.frontmatter).toMatchObject({ id: 's', order: 1 });
    expect(parsed.questions.map((q) => q.line)).toEqual([7]);
  });
});

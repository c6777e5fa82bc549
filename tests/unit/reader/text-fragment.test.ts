import { describe, expect, it } from 'vitest';
import {
  directiveFor,
  formatDirective,
  locate,
  wholeWords,
  type Passage,
} from '../../../src/reader/text-fragment.ts';

/** A page of blocks, and the passage of its `n`-th occurrence of `text` (from 0). */
function page(...blocks: string[]) {
  const text = blocks.join('\n');
  const at = (quote: string, n = 0): Passage => {
    let start = -1;
    for (let i = 0; i <= n; i++) start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`no occurrence ${n} of "${quote}"`);
    return { start, end: start + quote.length };
  };
  return { text, at };
}

const twice = 'Тараптар прагматикалық келісімге келеді.';
const { text, at } = page(
  'Сұхбат',
  `Бір сөзбен айтқанда, ${twice} Ал практикалық уағдаластықтар сай келеді.`,
  `Мен ${twice}`,
  'In short, any such decision must respect international law; later, without departing from international law, they will agree.',
);

describe('text fragment directives', () => {
  it('links a passage that occurs once by its text alone', () => {
    const passage = at('Ал практикалық уағдаластықтар');
    expect(directiveFor(text, passage)).toEqual({ start: 'Ал практикалық уағдаластықтар' });
  });

  it('adds the words before (or after) a sentence that occurs twice, for each occurrence', () => {
    const first = directiveFor(text, at(twice, 0));
    const second = directiveFor(text, at(twice, 1));
    expect(first).toEqual({ start: twice });
    expect(second).toEqual({ prefix: 'Мен', start: twice });
    expect(locate(text, first)).toEqual(at(twice, 0));
    expect(locate(text, second)).toEqual(at(twice, 1));
    // Without the prefix, the browser would highlight the first one.
    expect(locate(text, { start: twice })).toEqual(at(twice, 0));
  });

  it('uses what follows when nothing before tells the occurrences apart', () => {
    const { text: doubled, at: atDoubled } = page(
      'Kazakhstan agrees. Later on',
      'Kazakhstan agrees. Then',
    );
    const directive = directiveFor(doubled, atDoubled('Kazakhstan agrees.', 1));
    expect(directive).toEqual({ start: 'Kazakhstan agrees.', suffix: 'Then' });
    expect(locate(doubled, directive)).toEqual(atDoubled('Kazakhstan agrees.', 1));
  });

  it('matches as the browser does: any case, whole words, across white space', () => {
    expect(locate(text, { start: 'INTERNATIONAL LAW' })).toEqual(at('international law'));
    expect(locate('lawyers and law', { start: 'law' })).toEqual({ start: 12, end: 15 });
    expect(locate('a  b', { start: 'a b' })).toEqual({ start: 0, end: 4 });
    // A term never runs from one block into the next.
    expect(locate('one\ntwo', { start: 'one two' })).toBeNull();
    // Prefix and start may be separated by white space, nothing else.
    expect(locate('from, law', { prefix: 'from', start: 'law' })).toBeNull();
  });

  it('links a long or multi-paragraph passage by its first and last words', () => {
    const passage = { start: at('Бір сөзбен').start, end: at(twice, 1).end };
    const directive = directiveFor(text, passage);
    // Its last three words also end the first paragraph: the end term takes more.
    expect(directive).toEqual({ start: 'Бір сөзбен айтқанда', end: `Мен ${twice}` });
    expect(locate(text, directive)).toEqual(passage);
  });

  it('percent-encodes the terms, and the characters the syntax uses', () => {
    expect(
      formatDirective({ prefix: 'a-b', start: 'Қасым-Жомарт, & co', end: 'x', suffix: 'y z' }),
    ).toBe(
      'text=a%2Db-,%D2%9A%D0%B0%D1%81%D1%8B%D0%BC%2D%D0%96%D0%BE%D0%BC%D0%B0%D1%80%D1%82%2C%20%26%20co,x,-y%20z',
    );
    expect(formatDirective({ start: 'law' })).toBe('text=law');
  });

  it('widens a selection to whole words and trims its white space', () => {
    const sentence = at('international law;');
    const inside = { start: sentence.start + 3, end: sentence.end - 3 };
    expect(text.slice(inside.start, inside.end)).toBe('ernational l');
    expect(wholeWords(text, inside)).toEqual({ start: sentence.start, end: sentence.end - 1 });
    expect(wholeWords(' law ', { start: 0, end: 5 })).toEqual({ start: 1, end: 4 });
  });
});

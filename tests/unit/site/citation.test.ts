import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../../src/library/load-library.ts';
import { questionCitation, quoteCitations } from '../../../src/site/citation.ts';
import { MINI } from '../../support/helpers.ts';

const interview = loadLibrary(MINI).interviews[0];
const [economy] = interview?.sections[0]?.questions ?? [];
const [untranslated] = interview?.sections[1]?.questions ?? [];
const URL = 'https://suhbat.example/en/2026-01-01-mini/alpha/about-economy/';

describe('citations', () => {
  if (!interview || !economy || !untranslated) throw new Error('fixture changed');

  it('cites a Q&A in plain text: speaker, question, interview, sources, page, access date', () => {
    expect(questionCitation(interview, economy, 'en', URL).plain).toBe(
      `The speaker. “What do you say about the economy?” Interview with Test Outlet, 1 January 2026; Kazakh text: TEST.KZ; English text: unofficial translation by Suhbat. ${URL}. Accessed [date].`,
    );
    expect(questionCitation(interview, economy, 'kk', URL).plain).toBe(
      `Сөйлеуші. «Экономика туралы не айтасыз?» Test Outlet басылымына берген сұхбаты, 2026 жылғы 1 қаңтар; қазақша мәтін: TEST.KZ. ${URL}. Қаралған күні: [күні].`,
    );
  });

  it('writes BibTeX with the speaker kept whole and the gloss marked as ours', () => {
    expect(questionCitation(interview, economy, 'en', URL).bibtex).toBe(
      [
        '@misc{2026-01-01-mini:about-economy,',
        '  author = {{The speaker}},',
        '  title = {What do you say about the economy?},',
        '  howpublished = {Interview with Test Outlet; Kazakh text: TEST.KZ},',
        '  date = {2026-01-01},',
        '  year = {2026},',
        '  language = {english},',
        '  note = {English text: unofficial translation by Suhbat},',
        `  url = {${URL}},`,
        '}',
      ].join('\n'),
    );
    // No gloss: the Kazakh question is cited, as Kazakh, without a translation note.
    const kazakh = questionCitation(interview, untranslated, 'en', URL).bibtex;
    expect(kazakh).toContain('title = {Аударылмаған сұрақ?}');
    expect(kazakh).toContain('language = {kazakh}');
    expect(kazakh).not.toContain('note =');
  });

  it("escapes BibTeX's special characters", () => {
    const odd = {
      ...interview,
      meta: { ...interview.meta, outlet: 'R&D_100% {news} #1 $ ~ ^ \\' },
    };
    expect(questionCitation(odd, economy, 'en', URL).bibtex).toContain(
      'howpublished = {Interview with R\\&D\\_100\\% \\{news\\} \\#1 \\$ \\~{} \\^{} \\textbackslash{}; Kazakh text: TEST.KZ}',
    );
  });

  it('gives the line under a quote in its language, the English one marked unofficial', () => {
    expect(quoteCitations(interview)).toEqual({
      kk: 'Сөйлеуші, Test Outlet, 2026 жылғы 1 қаңтар',
      kkWithGloss:
        'Сөйлеуші, Test Outlet, 2026 жылғы 1 қаңтар (ағылшынша мәтін — ресми емес аударма)',
      en: 'The speaker, Test Outlet, 1 January 2026 (unofficial translation)',
    });
  });
});

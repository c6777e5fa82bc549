import { describe, expect, it } from 'vitest';
import {
  cyrillicReadings,
  isLatinWord,
  kazakhStarts,
  MAX_READINGS,
} from '../../../src/search/shared/latin.ts';
import { matchForm } from '../../../src/search/shared/match.ts';
import { foldWord } from '../../../src/search/shared/text.ts';

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

describe('Kazakh typed in Latin letters, read as Cyrillic', () => {
  // Words of the seed interview in the 2021 alphabet and as typed without diacritics.
  it.each([
    ['Qazaqstan', 'Қазақстан'],
    ['Kazakstan', 'Қазақстан'],
    ['Toqaev', 'Тоқаев'],
    ['Tokayev', 'Тоқаев'],
    ['Qasym', 'Қасым'],
    ['Jomart', 'Жомарт'],
    ['Zhomart', 'Жомарт'],
    ['Grenlandia', 'Гренландия'],
    ['Grenlandiya', 'Гренландия'],
    ['Auğanstan', 'Ауғанстан'],
    ['Auganstan', 'Ауғанстан'],
    ['Türıkmenstan', 'Түрікменстан'],
    ['Turikmenstan', 'Түрікменстан'],
    ['Päkıstan', 'Пәкістан'],
    ['Beibıtşılık', 'Бейбітшілік'],
    ['beibitshilik', 'Бейбітшілік'],
    ['keñesı', 'кеңесі'],
    ['kenesi', 'кеңесі'],
    ['İbrahim', 'Ибраһим'],
    ['Ibrahim', 'Ибраһим'],
    ['Kuşner', 'Кушнер'],
    ['Kushner', 'Кушнер'],
    ['AQŞ', 'АҚШ'],
    ['AQSH', 'АҚШ'],
    ['saudasy', 'саудасы'],
    ['investitsia', 'инвестиция'],
    ['ekonomika', 'экономика'],
    ['halyq', 'халық'],
    ['Şymkent', 'Шымкент'],
    ['Shymkent', 'Шымкент'],
    ['Chechnia', 'Чечня'],
    ['jañalyq', 'жаңалық'],
    ['janalyk', 'жаңалық'],
    ['ūlttyq', 'ұлттық'],
    ['ulttyk', 'ұлттық'],
    ['Ğylym', 'Ғылым'],
    ['ğylym', 'ғылым'],
    ['ölşem', 'өлшем'],
    ['olshem', 'өлшем'],
  ])('%s reads %s', (latin, cyrillic) => {
    expect(cyrillicReadings(latin)).toContain(foldWord(cyrillic));
  });

  it('gives the 2021 reading first, and never a Latin letter', () => {
    expect(cyrillicReadings('Qazaqstan')).toEqual(['казакстан']);
    expect(cyrillicReadings('Toqaev')[0]).toBe('токаев');
    for (const word of ['beibitshilik', 'investitsia', 'tilimizdi']) {
      for (const reading of cyrillicReadings(word)) {
        expect(
          [...reading].every((c) => CYRILLIC_LETTER.test(c)),
          reading,
        ).toBe(true);
      }
    }
  });

  it('reads э only at the start of a word', () => {
    expect(cyrillicReadings('ekonomika')).toContain('экономика');
    expect(cyrillicReadings('memleket').some((r) => r.includes('э'))).toBe(false);
  });

  it('reads only words of three or more Latin letters', () => {
    for (const word of ['Қазақстан', 'ol', 'COVID19', '2026', 'naïve', 'Grenland–Dania']) {
      expect(isLatinWord(word), word).toBe(false);
      expect(cyrillicReadings(word), word).toEqual([]);
    }
    expect(isLatinWord('Şymkent')).toBe(true);
  });

  it('stops at a bounded number of readings', () => {
    expect(cyrillicReadings('iyiyiyiyiyiyiyiyiyiy')).toHaveLength(MAX_READINGS);
  });
});

describe('the Cyrillic starts a Latin word is searched by', () => {
  const vocabulary = [
    'гренландия',
    'гренландиянын',
    'гренландыбай',
    'жер',
    'жерде',
    'кеиин',
    'касым',
    'касымжомарт',
    'стратегиялык',
    'токаев',
    'токаевтын',
  ].sort();
  const starts = (word: string) =>
    kazakhStarts(cyrillicReadings(word), vocabulary).map(({ start }) => start);

  it('prefers the reading the library holds as a word, stemmed like a Cyrillic query', () => {
    expect(starts('Grenlandiya')).toEqual(['гренландия']);
    expect(starts('Grenlandiyanyñ')).toEqual(['гренландия']);
    expect(starts('Tokayev')).toEqual(['токаев']);
    expect(starts('Qasym')).toEqual(['касым']);
  });

  it('else takes the longest stem that starts a word of the library', () => {
    // "стратегы" and "стратеги" stem to "стратег"; "стратегі" read with -теги stems to "стра".
    expect(starts('strategy')).toEqual(['стратег']);
  });

  it('reads a word of under four Cyrillic letters only as a whole word the library holds', () => {
    expect(kazakhStarts(cyrillicReadings('jer'), vocabulary)).toEqual([
      { start: 'жер', whole: true },
    ]);
    // "кейін" starts with "кей", but "кей" is not a word of the library.
    expect(kazakhStarts(cyrillicReadings('key'), vocabulary)).toEqual([]);
    expect(kazakhStarts(cyrillicReadings('men'), [...vocabulary, 'мен'].sort())).toEqual([]);
  });

  it('gives each start the readings it stems from, which the check takes as typed', () => {
    // "Astana" is not in the library: its reading "астана" stems to "аста", which starts
    // "астам" ("more than"), a word the check must not take for a form of "Астана".
    const [start] = kazakhStarts(cyrillicReadings('Astana'), [...vocabulary, 'астам'].sort());
    expect(start).toEqual({ start: 'аста', whole: false, readings: ['астана'] });
    if (!start || start.whole) throw new Error('no start');
    const alternative = {
      kind: 'kazakh',
      search: start.start,
      typed: start.readings,
      match: 'latin',
    } as const;
    expect(matchForm(alternative, 'астам')).toBeNull();
    expect(matchForm(alternative, 'астананын')).toBe('latin');
  });

  it('finds nothing for a word the library does not hold, such as an English word', () => {
    for (const word of ['Greenland', 'Trump', 'Abraham', 'Zanzibar', 'your']) {
      expect(starts(word), word).toEqual([]);
    }
  });
});

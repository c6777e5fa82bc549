import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLatin } from '../../../src/kazakh/transliterate.ts';

/** The 42 letters of the Kazakh Cyrillic alphabet, in its order. */
const KAZAKH_CYRILLIC = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
/** The 31 letters of the 2021 Latin alphabet, both cases. */
const LATIN_2021 = 'AaÄäBbDdEeFfGgĞğHhIıİiJjKkLlMmNnÑñOoÖöPpQqRrSsŞşTtUuŪūÜüVvYyZz';
const CYRILLIC_LETTER = /(?=\p{Script=Cyrillic})\p{L}/u;

describe('toLatin: the alphabet', () => {
  // Lower case, letter by letter, as the 2021 table and this module's choices give them.
  // prettier-ignore
  const expected = [
    'a', 'ä', 'b', 'v', 'g', 'ğ', 'd', 'e', 'io', 'j', 'z', 'i', 'i', 'k', 'q', 'l', 'm', 'n',
    'ñ', 'o', 'ö', 'p', 'r', 's', 't', 'u', 'ū', 'ü', 'f', 'h', 'h', 'ts', 'tş', 'ş', 'şş', '',
    'y', 'ı', '', 'e', 'iu', 'ia',
  ];

  it.each([...KAZAKH_CYRILLIC].map((c, i) => [c, expected[i]]))('%s → %s', (cyrillic, latin) => {
    // Between consonants, so that no context rule (glide, capitals) applies.
    expect(toLatin(`б${cyrillic}б`)).toBe(`b${latin}b`);
  });

  // prettier-ignore
  it.each([
    ['А', 'A'], ['Ә', 'Ä'], ['Б', 'B'], ['В', 'V'], ['Г', 'G'], ['Ғ', 'Ğ'], ['Д', 'D'],
    ['Е', 'E'], ['Ё', 'İo'], ['Ж', 'J'], ['З', 'Z'], ['И', 'İ'], ['Й', 'İ'], ['К', 'K'],
    ['Қ', 'Q'], ['Л', 'L'], ['М', 'M'], ['Н', 'N'], ['Ң', 'Ñ'], ['О', 'O'], ['Ө', 'Ö'],
    ['П', 'P'], ['Р', 'R'], ['С', 'S'], ['Т', 'T'], ['У', 'U'], ['Ұ', 'Ū'], ['Ү', 'Ü'],
    ['Ф', 'F'], ['Х', 'H'], ['Һ', 'H'], ['Ц', 'Ts'], ['Ч', 'Tş'], ['Ш', 'Ş'], ['Щ', 'Şş'],
    ['Ъ', ''], ['Ы', 'Y'], ['І', 'I'], ['Ь', ''], ['Э', 'E'], ['Ю', 'İu'], ['Я', 'İa'],
  ])('capital %s → %s (a capitalised word)', (cyrillic, latin) => {
    expect(toLatin(`${cyrillic}бб`)).toBe(`${latin}bb`);
  });

  it('keeps the two i letters apart in both cases: і is I/ı, и and й are İ/i', () => {
    expect(toLatin('Іі Ии Йй')).toBe('Iı İi İi');
    expect(toLatin('ІЛЕ ИІРІМ')).toBe('ILE İIRIM');
  });

  it('writes a whole alphabet run of capitals in capitals', () => {
    expect(toLatin(KAZAKH_CYRILLIC.toUpperCase())).toBe(
      'AÄBVGĞDEİOJZİİKQLMNÑOÖPRSTUŪÜFHHTSTŞŞŞŞYIEİUİA',
    );
  });
});

describe('toLatin: context rules', () => {
  it.each([
    ['ЮНЕСКО', 'İUNESKO'],
    ['Юрий', 'İurii'],
    ['ЯМАЙКА', 'İAMAİKA'],
    ['Ямайка', 'İamaika'],
    ['ЦСКА', 'TSSKA'],
    ['Цой', 'Tsoi'],
    ['ЧЕХИЯ', 'TŞEHİA'],
    ['Чехия', 'Tşehia'],
    ['ЩУКА', 'ŞŞUKA'],
    ['ОЦ', 'OTS'],
    ['Ц', 'Ts'],
    ['ШЫҰ', 'ŞYŪ'],
    ['БҰҰ', 'BŪŪ'],
    ['АҚШ', 'AQŞ'],
  ])('capitals: %s → %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it.each([
    ['Гренландия', 'Grenlandia'],
    ['стратегиялық', 'strategialyq'],
    ['Мирзиёев', 'Mirzioev'],
    ['Майя', 'Maia'],
    ['ИЯ', 'İA'],
    ['таяу', 'taiau'],
    ['қою', 'qoiu'],
    ['яһуди', 'iahudi'],
    ['Ёлка', 'İolka'],
  ])('glide of я ю ё: %s → %s (written once after и/й)', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it('drops ь and ъ', () => {
    expect(toLatin('Израиль, премьер, объект, ПЬЕР')).toBe('İzrail, premer, obekt, PER');
  });

  it('reads a decomposed й or ё as the letter, and drops a stress mark', () => {
    expect(toLatin('и\u0306')).toBe('i');
    expect(toLatin('Е\u0308лка')).toBe('İolka');
    expect(toLatin('за\u0301мок')).toBe('zamok');
  });

  it('leaves Latin, digits, punctuation and markup alone', () => {
    const text = 'The News International, BAQ.KZ, 2803 — «A» {#trade-and-investment} ✓ 🇰🇿';
    expect(toLatin(text)).toBe(text);
  });

  it('transliterates a mixed sentence from the seed', () => {
    expect(toLatin('Пәкістанның The News International газетіне берген сұхбаты.')).toBe(
      'Päkıstannyñ The News International gazetıne bergen sūhbaty.',
    );
  });

  it('writes letters of other Cyrillic alphabets by sound, and unknown ones as U+FFFD', () => {
    expect(toLatin('Київ, Ґрунт, Ўзбек, Ђорђе')).toBe('Kiiv, Grunt, Uzbek, Dorde');
    expect(toLatin('\uA640')).toBe('\uFFFD');
  });
});

describe('toLatin: words of the seed interview', () => {
  // Each checked by hand against the 2021 table and the choices in transliterate.ts.
  it.each([
    ['Қазақстан', 'Qazaqstan'],
    ['Пәкістан', 'Päkıstan'],
    ['арасындағы', 'arasyndağy'],
    ['қарым-қатынасқа', 'qarym-qatynasqa'],
    ['әсіресе', 'äsırese'],
    ['сауда-инвестициялық', 'sauda-investitsialyq'],
    ['ынтымақтастыққа', 'yntymaqtastyqqa'],
    ['қандай', 'qandai'],
    ['бересіз', 'beresız'],
    ['Келешегі', 'Keleşegı'],
    ['халықаралық', 'halyqaralyq'],
    ['қоғамдастықта', 'qoğamdastyqta'],
    ['биік', 'biık'],
    ['стратегиялық', 'strategialyq'],
    ['серіктес', 'serıktes'],
    ['дипломатиялық', 'diplomatialyq'],
    ['мүддемізге', 'müddemızge'],
    ['ШЫҰ', 'ŞYŪ'],
    ['ИЫҰ', 'İYŪ'],
    ['АӨСШК', 'AÖSŞK'],
    ['маңызды', 'mañyzdy'],
    ['ұйымдар', 'ūiymdar'],
    ['бейбітшілік', 'beibıtşılık'],
    ['тұрақтылықты', 'tūraqtylyqty'],
    ['нығайтуға', 'nyğaituğa'],
    ['сондай-ақ', 'sondai-aq'],
    ['үкіметаралық', 'ükımetaralyq'],
    ['Көлік-логистика', 'Kölık-logistika'],
    ['денсаулық', 'densaulyq'],
    ['өнеркәсіп', 'önerkäsıp'],
    ['Түрікменстан', 'Türıkmenstan'],
    ['Ауғанстан', 'Auğanstan'],
    ['Оңтүстік', 'Oñtüstık'],
    ['АҚШ-тағы', 'AQŞ-tağy'],
    ['БҰҰ', 'BŪŪ'],
    ['Трамптың', 'Tramptyñ'],
    ['Дональд', 'Donald'],
    ['Ибраһим', 'İbrahim'],
    ['келісімдері', 'kelısımderı'],
    ['Израильмен', 'İzrailmen'],
    ['Шахбаз', 'Şahbaz'],
    ['Шарифпен', 'Şarifpen'],
    ['Уиткофф', 'Uitkoff'],
    ['Джаред', 'Djared'],
    ['Кушнер', 'Kuşner'],
    ['Ресей-Украина', 'Resei-Ukraina'],
    ['Гренландияның', 'Grenlandianyñ'],
    ['Данияға', 'Daniağa'],
    ['Конституциялық', 'Konstitutsialyq'],
    ['цифрлық', 'tsifrlyq'],
    ['Премьер-министр', 'Premer-ministr'],
    ['Вице-президент', 'Vitse-prezident'],
    ['мұсылман-яһуди', 'mūsylman-iahudi'],
    ['экономикалық', 'ekonomikalyq'],
    ['Еуразиядағы', 'Euraziadağy'],
    ['қоюы', 'qoiuy'],
    ['идеясымен', 'ideiasymen'],
    ['жарияланады', 'jarialanady'],
    ['оккупация', 'okkupatsia'],
    ['Құрылтай', 'Qūryltai'],
    ['Ұйымы', 'Ūiymy'],
    ['Қауіпсіздік', 'Qauıpsızdık'],
    ['Кеңесінің', 'Keñesınıñ'],
    ['болашағы', 'bolaşağy'],
    ['жаһандағы', 'jahandağy'],
    ['Штаттары', 'Ştattary'],
    ['сценарий', 'stsenarii'],
    ['этносаралық', 'etnosaralyq'],
    ['Қасым-Жомарт', 'Qasym-Jomart'],
    ['Тоқаевтың', 'Toqaevtyñ'],
    ['60-тан', '60-tan'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });
});

describe('toLatin: properties', () => {
  const kazakhChar = fc.constantFrom(...KAZAKH_CYRILLIC, ...KAZAKH_CYRILLIC.toUpperCase());
  const anyCyrillic = fc
    .oneof(
      fc.integer({ min: 0x0400, max: 0x052f }),
      fc.integer({ min: 0x1c80, max: 0x1c8f }),
      fc.integer({ min: 0x2de0, max: 0x2dff }),
      fc.integer({ min: 0xa640, max: 0xa69f }),
    )
    .map((cp) => String.fromCodePoint(cp));
  const other = fc.constantFrom(
    ...'abcxyzABCİıŞ0123456789 .,;:!?-–—«»"()[]{}#\n',
    '\u0301',
    '\u0483',
  );
  const mixed = fc
    .array(fc.oneof(kazakhChar, anyCyrillic, other), { maxLength: 40 })
    .map((a) => a.join(''));
  const kazakhText = fc
    .array(fc.oneof(kazakhChar, kazakhChar, other), { maxLength: 40 })
    .map((a) => a.join(''));

  it('never outputs a Cyrillic letter', () => {
    fc.assert(fc.property(mixed, (text) => !CYRILLIC_LETTER.test(toLatin(text))));
  });

  it('writes Kazakh text only with the 31 letters of the 2021 alphabet', () => {
    const allowed = new Set(LATIN_2021);
    fc.assert(
      fc.property(kazakhText, (text) => {
        const letters = [...toLatin(text)].filter((c) => /\p{L}/u.test(c));
        const ownLetters = [...text].filter((c) => /\p{L}/u.test(c) && !CYRILLIC_LETTER.test(c));
        return letters.every((c) => allowed.has(c) || ownLetters.includes(c));
      }),
    );
  });

  it('leaves any text without Cyrillic letters unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        fc.pre(!CYRILLIC_LETTER.test(text));
        return toLatin(text) === text;
      }),
    );
  });

  it('transliterates words independently of each other', () => {
    fc.assert(
      fc.property(
        kazakhText,
        kazakhText,
        (a, b) => toLatin(`${a} ${b}`) === `${toLatin(a)} ${toLatin(b)}`,
      ),
    );
  });
});

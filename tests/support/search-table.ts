/**
 * The search's behaviour table (issue 11): queries a new reader might type, in five groups, with
 * the Q&A that must come first, `interview` for the interview itself (a match in its title or
 * speaker), or null for "nothing found". `near`: found only within the typo tolerance, so
 * marked as a near match under "Did you mean …?"; `suggests`: the word that question offers. Run
 * from both interfaces through /search/?q= by tests/e2e/search-table.spec.ts.
 */
export interface TableQuery {
  query: string;
  expected: string | null;
  near?: boolean;
  suggests?: string;
}

/** The first result's link that a row's `expected` asks for, given the seed interview's path. */
export const expectedHref = (expected: string, interview: string): RegExp =>
  new RegExp(expected === 'interview' ? `/${interview}/(\\?hl=[^#]*)?$` : `#${expected}$`);

export const SEARCH_TABLE: Record<string, TableQuery[]> = {
  'joined words and numbers': [
    { query: 'Afghanistan', expected: 'regional-connectivity' },
    { query: 'Turkmenistan', expected: 'regional-connectivity' },
    { query: 'Kazakhstan–Turkmenistan–Afghanistan–Pakistan', expected: 'regional-connectivity' },
    { query: 'Afghanistan Pakistan', expected: 'regional-connectivity' },
    { query: 'Ауғанстан', expected: 'regional-connectivity' },
    { query: 'Түрікменстан', expected: 'regional-connectivity' },
    { query: 'Қазақстан-Түрікменстан-Ауғанстан-Пәкістан', expected: 'regional-connectivity' },
    { query: 'инвестициялық', expected: 'trade-and-investment' },
    { query: 'сауда-инвестициялық', expected: 'trade-and-investment' },
    { query: '2803', expected: 'board-of-peace-and-un' },
    { query: '120', expected: 'greenland-future' },
    { query: '$300 billion', expected: 'strategic-vector' },
  ],
  'nothing to find': [
    { query: 'Zanzibar', expected: null },
    { query: 'Ouagadougou', expected: null },
    { query: 'blockchain', expected: null },
    { query: 'кенгуру', expected: null },
    { query: 'Greenland Kushner', expected: null },
    { query: 'Гренландия Кушнер', expected: null },
    { query: '"peace board"', expected: null },
    { query: 'qwxz', expected: null },
    // Not in the interview. Stemmed, they start other words: "аста(на)" "астам", "алма(ты)"
    // "алмағайып"; a form of the stem is the stem and endings only. Nor is "Алматы" a typo: its
    // stem starts words, so only a whole word within one edit would correct it.
    { query: 'Астана', expected: null },
    { query: 'Алматы', expected: null },
    { query: 'Almaty', expected: null },
    // Read as Kazakh, "сауди" stems to "сауд", which "сауда" (trade) is not a form of.
    { query: 'Saudi', expected: null },
    // One letter from a shorter word of the text ("what", "rule"): another word, not a typo.
    { query: 'wheat', expected: null },
    { query: 'ruble', expected: null },
  ],
  'Kazakh word forms': [
    { query: 'Газаның', expected: 'gaza-lasting-peace' },
    { query: 'Ресейдің', expected: 'mediation-russia-ukraine' },
    { query: 'инвестицияларды', expected: 'trade-and-investment' },
    // Russian forms, typed as many readers would: a long stem may take one letter more.
    { query: 'инвестиции', expected: 'trade-and-investment' },
    { query: 'реформы', expected: 'constitutional-amendments' },
  ],
  typos: [
    { query: 'Greenlnad', expected: 'greenland-future', near: true },
    { query: 'Acords', expected: 'joining-abraham-accords', near: true },
    { query: 'Sharrif', expected: 'board-of-peace-and-un', near: true },
    { query: 'Ибраим', expected: 'joining-abraham-accords', near: true },
    { query: 'Трапм', expected: 'assessing-trump', near: true },
    { query: 'Gerenland', expected: 'greenland-future', near: true },
    { query: 'Wiktoff', expected: 'gaza-lasting-peace', near: true },
    { query: 'Гренландя', expected: 'greenland-future', near: true },
    { query: 'Kushnre', expected: 'gaza-lasting-peace', near: true },
    // A letter missing near the end: the whole word is offered, not its start ("Pakista").
    { query: 'Pakistn', expected: 'interview', near: true, suggests: 'Pakistan' },
    { query: 'Kazakhstn', expected: 'interview', near: true, suggests: 'Kazakhstan' },
    // Its stem "пакист" starts a word of the text, yet no word is a form of it: still a typo.
    { query: 'Пәкістн', expected: 'interview', near: true, suggests: 'Пәкістан' },
    { query: 'Пакистн', expected: 'interview', near: true, suggests: 'Пәкістан' },
    // Shift held a letter too long: the word as typed, not a near match of its parts.
    { query: 'GReenland', expected: 'greenland-future' },
    { query: 'TRump', expected: 'assessing-trump' },
  ],
  // A section's title counts for each of its Q&As: a title word alone, or with a word of the Q&A.
  'section titles': [
    { query: 'гренландиянын болашагы', expected: 'greenland-future' },
    { query: 'Гренландияның болашағы', expected: 'greenland-future' },
    { query: 'қақтығысы араағайын', expected: 'mediation-russia-ukraine' },
    { query: 'секторына', expected: 'gaza-lasting-peace' },
    { query: 'direction vector', expected: 'strategic-vector' },
    { query: 'Future of Greenland', expected: 'greenland-future' },
  ],
  'English word forms': [
    { query: 'invested', expected: 'trade-and-investment' },
    { query: 'strengthened', expected: 'trade-and-investment' },
    { query: 'constitutions', expected: 'constitutional-amendments' },
    { query: 'mediating', expected: 'mediation-russia-ukraine' },
    { query: 'negotiated', expected: 'mediation-russia-ukraine' },
    { query: 'economies', expected: 'strategic-vector' },
    // American spellings of the British gloss's words, and a British one Porter does not stem.
    { query: 'organization', expected: 'trade-and-investment' },
    { query: 'modernization', expected: 'constitutional-amendments' },
    { query: 'digitalisation', expected: 'strategic-vector' },
    { query: 'endeavor', expected: 'regional-connectivity' },
  ],
  'names in any spelling': [
    { query: 'Tokayev', expected: 'interview' },
    { query: 'Токаев', expected: 'interview' },
    { query: 'Уиткофф', expected: 'gaza-lasting-peace' },
    { query: 'Witkoff', expected: 'gaza-lasting-peace' },
    { query: 'Виткофф', expected: 'gaza-lasting-peace' },
    { query: 'Кушнер', expected: 'gaza-lasting-peace' },
    { query: 'ООН', expected: 'board-of-peace-and-un' },
    { query: 'United Nations', expected: 'board-of-peace-and-un' },
    { query: 'США', expected: 'assessing-trump' },
    { query: 'USA', expected: 'assessing-trump' },
    // США and АҚШ as Latin letters type them, capitals and all.
    { query: 'SShA', expected: 'assessing-trump' },
    { query: 'AQSh', expected: 'assessing-trump' },
    { query: 'Россия', expected: 'mediation-russia-ukraine' },
    // Russian names of places the Kazakh text names otherwise, as a Russian keyboard types them.
    { query: 'Афганистан', expected: 'regional-connectivity' },
    { query: 'Туркменистан', expected: 'regional-connectivity' },
    { query: 'Евразия хаб', expected: 'strategic-vector' },
    { query: 'Авраам', expected: 'joining-abraham-accords' },
    { query: 'Курултай', expected: 'constitutional-amendments' },
  ],
  // Issue 12: Kazakh typed in the 2021 Latin alphabet, and as people type it without diacritics.
  'Kazakh in Latin letters': [
    { query: 'Grenlandia', expected: 'greenland-future' },
    { query: 'Grenlandiya', expected: 'greenland-future' },
    { query: 'İbrahim kelısımderı', expected: 'joining-abraham-accords' },
    { query: 'Ibrahim kelisimderi', expected: 'joining-abraham-accords' },
    { query: 'Auğanstan', expected: 'regional-connectivity' },
    { query: 'Auganstan', expected: 'regional-connectivity' },
    { query: 'Türıkmenstan dälızı', expected: 'regional-connectivity' },
    { query: 'Turikmenstan dalizi', expected: 'regional-connectivity' },
    { query: 'Uitkoff', expected: 'gaza-lasting-peace' },
    { query: 'Gaza sektoryna', expected: 'gaza-lasting-peace' },
    { query: 'Beibıtşılık keñesı', expected: 'board-of-peace-and-un' },
    { query: 'beibitshilik kenesi', expected: 'board-of-peace-and-un' },
    { query: 'Resei Ukraina qaqtyğysy', expected: 'mediation-russia-ukraine' },
    { query: 'Resey Ukraina kaktygysy', expected: 'mediation-russia-ukraine' },
    { query: 'araağaiyn', expected: 'mediation-russia-ukraine' },
    { query: 'araagaiyn', expected: 'mediation-russia-ukraine' },
    { query: 'Konstitutsiağa', expected: 'constitutional-amendments' },
    { query: 'konstitutsiyaga', expected: 'constitutional-amendments' },
    { query: 'Ädiletti Qazaqstan', expected: 'constitutional-amendments' },
    { query: 'Adiletti Kazakstan', expected: 'constitutional-amendments' },
    { query: 'Tramptyñ ışkı saiasaty', expected: 'assessing-trump' },
    { query: 'Trampting ishki sayasaty', expected: 'assessing-trump' },
    { query: 'tegeurındı', expected: 'assessing-trump' },
    { query: 'okkupatsia', expected: 'greenland-future' },
    { query: 'scenariy', expected: 'greenland-future' },
    { query: 'sauda-investitsialyq', expected: 'trade-and-investment' },
    { query: 'Toqaev', expected: 'interview' },
  ],
  // Words typed one after the other rank first the Q&A where they stand so, before one that
  // holds them apart ("our two countries … the United States").
  'words together': [
    { query: 'two-state', expected: 'gaza-lasting-peace' },
    { query: 'two states', expected: 'gaza-lasting-peace' },
    { query: 'екі мемлекет', expected: 'joining-abraham-accords' },
  ],
  phrases: [
    { query: '"Board of Peace"', expected: 'board-of-peace-and-un' },
    { query: '"Бейбітшілік кеңесі"', expected: 'board-of-peace-and-un' },
  ],
};

/**
 * The queries readers type, with the Q&A that should come first. `kind` says what the query
 * exercises: the exact spelling, the English gloss, a Russian keyboard (к for қ, и for і, …),
 * or an inflected (case) form. Used by the end-to-end tests (search.spec.ts, search-sweep.spec.ts).
 */
export interface SearchQuery {
  query: string;
  expected: string;
  kind: 'exact' | 'english' | 'russian-keyboard' | 'inflected';
}

export const REQUIRED_QUERIES: SearchQuery[] = [
  { query: 'Trump', expected: 'assessing-trump', kind: 'english' },
  { query: 'Abraham Accords', expected: 'joining-abraham-accords', kind: 'english' },
  { query: 'Greenland', expected: 'greenland-future', kind: 'english' },
  { query: 'Трамп', expected: 'assessing-trump', kind: 'exact' },
  { query: 'Ибраһим келісімдері', expected: 'joining-abraham-accords', kind: 'exact' },
  { query: 'Гренландия', expected: 'greenland-future', kind: 'exact' },
];

export const VARIANT_QUERIES: SearchQuery[] = [
  { query: 'Трамптың', expected: 'assessing-trump', kind: 'inflected' },
  { query: 'Трамппен', expected: 'assessing-trump', kind: 'inflected' },
  { query: 'ТРАМП', expected: 'assessing-trump', kind: 'exact' },
  { query: 'Ибрахим келисимдери', expected: 'joining-abraham-accords', kind: 'russian-keyboard' },
  { query: 'Ибраhим келiсiмдерi', expected: 'joining-abraham-accords', kind: 'russian-keyboard' },
  { query: 'Ибраһим келісімдеріне', expected: 'joining-abraham-accords', kind: 'inflected' },
  { query: 'ибрахим келисимдерине', expected: 'joining-abraham-accords', kind: 'russian-keyboard' },
  { query: 'Гренландияға', expected: 'greenland-future', kind: 'inflected' },
  { query: 'Гренландияның', expected: 'greenland-future', kind: 'inflected' },
  { query: 'гренландияга', expected: 'greenland-future', kind: 'russian-keyboard' },
  { query: 'гренландиянын болашагы', expected: 'greenland-future', kind: 'russian-keyboard' },
];

export const MORE_QUERIES: SearchQuery[] = [
  { query: 'Бейбітшілік кеңесі', expected: 'board-of-peace-and-un', kind: 'exact' },
  { query: 'бейбитшилик кенеси', expected: 'board-of-peace-and-un', kind: 'russian-keyboard' },
  { query: 'Board of Peace', expected: 'board-of-peace-and-un', kind: 'english' },
  { query: 'Газа', expected: 'gaza-lasting-peace', kind: 'exact' },
  { query: 'Gaza', expected: 'gaza-lasting-peace', kind: 'english' },
  { query: 'Уиткофф', expected: 'gaza-lasting-peace', kind: 'exact' },
  { query: 'Украина', expected: 'mediation-russia-ukraine', kind: 'exact' },
  { query: 'араағайын', expected: 'mediation-russia-ukraine', kind: 'exact' },
  { query: 'Constitution', expected: 'constitutional-amendments', kind: 'english' },
  { query: 'Конституцияға', expected: 'constitutional-amendments', kind: 'inflected' },
  { query: 'Құрылтай', expected: 'constitutional-amendments', kind: 'exact' },
  { query: 'курылтай', expected: 'constitutional-amendments', kind: 'russian-keyboard' },
  { query: 'Kurultai', expected: 'constitutional-amendments', kind: 'english' },
  { query: 'жасанды интеллект', expected: 'strategic-vector', kind: 'exact' },
  { query: 'цифрлық мемлекет', expected: 'strategic-vector', kind: 'exact' },
  { query: 'транзит хабы', expected: 'strategic-vector', kind: 'exact' },
  { query: 'ШЫҰ', expected: 'trade-and-investment', kind: 'exact' },
  { query: 'Shanghai Cooperation Organisation', expected: 'trade-and-investment', kind: 'english' },
  { query: 'Ауғанстан', expected: 'regional-connectivity', kind: 'exact' },
  { query: 'ауганстан', expected: 'regional-connectivity', kind: 'russian-keyboard' },
  { query: 'Шахбаз Шариф', expected: 'board-of-peace-and-un', kind: 'exact' },
  { query: 'Израильмен', expected: 'joining-abraham-accords', kind: 'inflected' },
];

export const ALL_QUERIES = [...REQUIRED_QUERIES, ...VARIANT_QUERIES, ...MORE_QUERIES];

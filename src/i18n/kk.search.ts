import type { SearchStrings } from './ui.ts';

/** The search client's strings, loaded by the browser only in the Kazakh interface. */
export const searchUi: SearchStrings = {
  label: 'Сұхбаттардан іздеу',
  placeholder: 'Мысалы: Гренландия, Трамп, Ибраһим',
  close: 'Жабу',
  results: (hits, sections, more) =>
    `${more ? 'Алғашқы ' : ''}${hits} сұрақ-жауап, ${sections} бөлімде${more ? '; тағы бар' : ''}`,
  noResults: (query) => `«${query}» бойынша ештеңе табылмады.`,
  more: 'Тағы көрсету',
  tryTopics: 'Басқа сөзбен іздеп көріңіз немесе тақырыпты таңдаңыз:',
  filterTopics: 'Тақырып бойынша сүзу',
  matchIn: (lang) => (lang === 'en' ? 'ағылшынша мәтінде' : 'қазақша мәтінде'),
  loading: 'Іздеу индексі жүктелуде…',
  failed: 'Іздеу жүктелмеді. Бетті қайта жүктеп көріңіз.',
  // Search that never misleads (issue 11)
  help: 'Қазақша (кирил не латын әліпбиімен) не ағылшынша, сөздің кез келген түрімен. Сөздерді жазылған күйінде, осы ретпен табу үшін "тырнақшаға" алыңыз.',
  near: 'ұқсас сөз',
  didYouMean: 'Мүмкін, мынаны іздедіңіз бе:',
  namedTopics: (count) => (count === 1 ? 'Тақырып:' : 'Тақырыптар:'),
};

import { searchUi } from './kk.search.ts';
import { dateParts, type UiStrings } from './ui.ts';

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const formatDate = (iso: string): string => {
  const { year, month, day } = dateParts(iso);
  return `${year} жылғы ${day} ${MONTHS[month - 1]}`;
};

export const kk: UiStrings = {
  siteName: 'Сұхбат',
  siteDescription: 'Ұзақ сұхбаттарды қазақша түпнұсқасымен және ағылшынша аудармасымен оқу.',
  skipToContent: 'Негізгі мәтінге өту',
  mainNav: 'Сайт навигациясы',
  viewLabel: 'Оқу тілі',
  views: { kk: 'Қазақша', en: 'Ағылшынша', both: 'Екеуі' },
  otherInterface: 'English',
  darkTheme: 'Қараңғы тақырып',
  contents: 'Мазмұны',
  questionCount: (n) => `${n} сұрақ`,
  topics: 'Тақырыптар',
  topicsIntro: 'Сұрақтар мен жауаптар тақырып бойынша.',
  topicQaCount: (n) => `${n} сұрақ-жауап`,
  speaker: 'Сұхбат беруші',
  published: 'Жарияланған күні',
  outlet: 'Басылым',
  source: 'Қазақша мәтін',
  translationNote: 'Ағылшынша мәтін — ресми емес аударма.',
  noGloss: 'Бұл жауаптың ағылшынша аудармасы әлі жоқ; қазақша түпнұсқасы көрсетілді.',
  question: 'Сұрақ',
  copyLink: 'Сілтемені көшіру',
  linkCopied: 'Сілтеме көшірілді',
  copyFailed: 'Көшіру мүмкін болмады. Сілтеме:',
  share: 'Бөлісу',
  questionPermalink: 'Осы сұраққа сілтеме',
  paragraphLink: (n) => `${n}-абзацқа сілтеме`,
  notesOn: { kk: 'Қазақша мәтінге ескертпелер', en: 'Ағылшынша мәтінге ескертпелер' },
  backToText: 'Мәтінге оралу',
  sectionNav: 'Бөлімдер',
  previousSection: 'Алдыңғы бөлім',
  nextSection: 'Келесі бөлім',
  wholeInterview: 'Толық сұхбат',
  readWholeInterview: 'Сұхбатты толық оқу',
  openSection: 'Бөлімді жеке бетте ашу',
  breadcrumb: 'Сіз осындасыз',
  home: 'Басты бет',
  editorialTitle: 'Тақырыпты редакция қойған',
  interviews: 'Сұхбаттар',
  formatDate,
  corrections: 'Түзетулер',
  correctionsIntro:
    'Мәтінге енгізілген өзгерістер және олардың себебі, соңғысы бірінші. Қазақша мәтін — сұхбат берушінің өз сөзі, ол түзетілмейді: оған тек сайтқа енгізу кезінде құжатталған қалыпқа келтірулер ғана жасалды.',
  glossCorrected: (iso) => `Аударма түзетілді: ${formatDate(iso)}`,
  correctedText: {
    en: 'Ағылшынша аударма',
    kk: 'Қазақша мәтін, сайтқа енгізу кезінде қалыпқа келтірілді',
  },
  whatChanged: 'Не өзгерді',
  whyChanged: 'Себебі',
  lastCorrected: 'Түзетілген күні',
  laterSections:
    'Бұл беттің қалған бөлімдері JavaScript арқылы жүктеледі; әр бөлім жеке бетте де ашылады.',
  search: 'Іздеу',
  searchNeedsJs: 'Іздеу үшін браузерде JavaScript қосулы болуы керек. Тақырыптар тізімін қараңыз.',
  searchUi,
};

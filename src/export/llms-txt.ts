import type { Library } from '../library/model.ts';
import { withBase } from '../site/base.ts';
import { pathTo } from '../site/routes.ts';
import { dataFiles, feedPath, SCHEMA_PATH } from './paths.ts';

/**
 * `/llms.txt` (the llmstxt.org format: a title, a summary, lists of links): what the site is
 * and where each interview's text is as data, for language models and other tools.
 */
export function llmsTxt(library: Library, site: URL, base?: string): string {
  const url = (path: string): string => new URL(path, site).href;
  const lines = [
    '# Suhbat',
    '',
    '> Long Kazakh-language interviews: the Kazakh text exactly as published, with a paragraph-aligned English gloss that is our unofficial translation, not the speaker’s words.',
    '',
    `Each interview is also published as data: \`interview.json\` (every section, question and paragraph with its id, Kazakh text, English gloss, footnotes and canonical URL; JSON Schema: ${url(withBase(SCHEMA_PATH, base))}) and plain text in each language.`,
    '',
    '## Interviews',
    '',
  ];
  for (const interview of library.interviews) {
    const files = dataFiles(interview.id, base);
    const { title, date, outlet } = interview.meta;
    lines.push(
      `- [${title.en ?? title.kk}](${url(pathTo('en', { page: 'interview', interview: interview.id }, base))}): ${date}, ${outlet}. ` +
        `Kazakh title: ${title.kk}. Data: [JSON](${url(files.json)}), [Kazakh text](${url(files.text.kk)}), [English text](${url(files.text.en)})`,
    );
  }
  lines.push(
    '',
    '## Optional',
    '',
    `- [Atom feed, Kazakh interface](${url(feedPath('kk', base))})`,
    `- [Atom feed, English interface](${url(feedPath('en', base))})`,
    `- [Topics](${url(pathTo('en', { page: 'topics' }, base))})`,
  );
  return `${lines.join('\n')}\n`;
}

import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as Node)['#text'] ?? '')
    : String(value ?? '');
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/**
 * What RFC 4287 requires of an Atom feed that a lenient parser lets pass (§4.1.1, §4.1.2):
 * the namespace; a feed id, title and RFC 3339 updated; an author for every entry (its own
 * or the feed's); per entry an id, title, updated, a link rel="alternate" or content, and a
 * summary when there is no content. Also the SHOULD of a rel="self" link. [] when it is valid.
 */
export function rfc4287Problems(xml: string): string[] {
  const problems: string[] = [];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    xml,
  ) as Node;
  const feed = doc['feed'] as Node | undefined;
  if (!feed) return ['the root element is not <feed>'];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom')
    problems.push('feed: not in the Atom namespace');
  for (const field of ['id', 'title', 'updated']) {
    if (!text(feed[field]).trim()) problems.push(`feed: no ${field}`);
  }
  if (!RFC3339.test(text(feed['updated']))) problems.push('feed: updated is not an RFC 3339 date');
  if (!list(feed['link']).some((link) => link['@rel'] === 'self'))
    problems.push('feed: no rel="self" link');
  const feedAuthor = list(feed['author']).some((author) => text(author['name']).trim());
  list(feed['entry']).forEach((entry, i) => {
    for (const field of ['id', 'title', 'updated']) {
      if (!text(entry[field]).trim()) problems.push(`entry ${i}: no ${field}`);
    }
    if (!RFC3339.test(text(entry['updated'])))
      problems.push(`entry ${i}: updated is not an RFC 3339 date`);
    if (!feedAuthor && !list(entry['author']).some((author) => text(author['name']).trim())) {
      problems.push(`entry ${i}: no author, and the feed has none`);
    }
    const alternate = list(entry['link']).some(
      (link) => (link['@rel'] ?? 'alternate') === 'alternate',
    );
    if (!alternate && !entry['content'])
      problems.push(`entry ${i}: neither content nor an alternate link`);
    if (!entry['content'] && !text(entry['summary']).trim())
      problems.push(`entry ${i}: no summary`);
  });
  return problems;
}

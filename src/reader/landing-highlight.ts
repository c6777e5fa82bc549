// Marks the words a search matched in the Q&A a search result opened (?hl=<query>#<id>).
import { matchRanges } from '../search/shared/excerpt.ts';
import { queryTerms } from '../search/shared/normalise.ts';
import { SCRIPT_ATTRIBUTE } from '../site/scripts.ts';
import { fragmentId } from './fragment.ts';

export async function highlightLanding(query: string): Promise<void> {
  // A Latin twin shows the words (which a search names as the Q&A writes them) in Latin. The
  // transliteration is fetched only there, not listed with the first view's script.
  const latin = document.documentElement.getAttribute(SCRIPT_ATTRIBUTE) === 'latn';
  const { toLatin } = latin ? await import('../kazakh/transliterate.ts') : { toLatin: null };
  const terms = queryTerms(toLatin ? toLatin(query) : query);
  const id = fragmentId(location.hash);
  const scope =
    (id && document.getElementById(id)?.closest('.qa')) || document.querySelector('main');
  if (!scope || terms.length === 0) return;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    if (!node.parentElement?.closest('[data-lang]')) continue;
    const ranges = matchRanges(node.data, terms);
    for (const [start, end] of ranges.reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      match.replaceWith(mark);
      mark.append(match);
    }
  }
  // Words found only in the language the reading mode hides: show both, for this page only.
  const marks = [...scope.querySelectorAll('mark.search-mark')];
  if (marks.length > 0 && !marks.some((mark) => mark.getClientRects().length > 0)) {
    document.documentElement.dataset.view = 'both';
  }
}

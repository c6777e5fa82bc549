import { describe, expect, it } from 'vitest';
import { latinPage } from '../../../src/site/latin-page.ts';

/** As the build does it (middleware.ts): a page's twin is under latn/ after /en/. */
const twinOf = (href: string): string | null =>
  /^\/[^.?#]*\/([?#].*)?$/.test(href) ? href.replace(/^\/(en\/)?/, '/$1latn/') : null;
const page = (lang: string, head: string, body: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
const latin = (html: string): string => latinPage(html, { twinOf });
const bodyOf = (html: string): string => html.replace(/^.*<body>|<\/body>.*$/gs, '');

describe('the Latin twin of a built page', () => {
  it('writes the Kazakh text in Latin and says so in lang', () => {
    const html = latin(page('kk', '', '<p>Қазақстан мен <b>Пәкістан</b> 2026</p>'));
    expect(html).toContain('<html lang="kk-Latn">');
    expect(bodyOf(html)).toBe('<p>Qazaqstan men <b>Päkıstan</b> 2026</p>');
  });

  it('in English text, writes only the Kazakh words in Latin, marked kk-Latn', () => {
    const html = latin(
      page('en', '', '<dd>«тиімді жобалар» means effective</dd><p lang="kk">Гренландия</p>'),
    );
    expect(html).toContain('<html lang="en">');
    expect(bodyOf(html)).toBe(
      '<dd>«<span lang="kk-Latn">tiımdı jobalar</span>» means effective</dd>' +
        '<p lang="kk-Latn">Grenlandia</p>',
    );
  });

  it('writes the title and what link previews show in Latin, with no markup in the title', () => {
    const html = latin(
      page(
        'en',
        '<title>Гренландия &amp; "АҚШ" — Suhbat</title>' +
          '<meta name="description" content="Тоқаев">' +
          '<meta property="og:title" content="Гренландия"><meta name="viewport" content="ж">',
        '',
      ),
    );
    expect(html).toContain('<title>Grenlandia &amp; "AQŞ" — Suhbat</title>');
    expect(html).toContain('<meta name="description" content="Toqaev">');
    expect(html).toContain('<meta property="og:title" content="Grenlandia">');
    expect(html).toContain('<meta name="viewport" content="ж">');
  });

  it('writes the attributes a reader hears or sees in Latin', () => {
    const html = latin(
      page(
        'kk',
        '',
        '<a href="#x-1" aria-label="1-абзацқа сілтеме">¶</a>' +
          '<button data-copied="Сілтеме көшірілді" class="ж">Copy</button>',
      ),
    );
    expect(bodyOf(html)).toBe(
      '<a href="#x-1" aria-label="1-abzatsqa sılteme">¶</a>' +
        '<button data-copied="Sılteme köşırıldı" class="ж">Copy</button>',
    );
  });

  it("links to the twins of the site's pages, in links and for scripts, but for the script switch", () => {
    const head =
      '<link rel="canonical" href="/i/greenland/"><link rel="stylesheet" href="/_astro/a.css">';
    const html = latin(
      page(
        'kk',
        head,
        '<a href="/i/greenland/#q">Гренландия</a><a href="/feed.xml">Atom</a>' +
          '<div data-later="/rest/i/" data-script-twin="/i/"></div>' +
          '<a href="/en/i/" hreflang="en">English</a>' +
          '<a href="/i/?script=cyrl" hreflang="kk-Cyrl" lang="kk-Cyrl">Кирил</a>',
      ),
    );
    expect(html).toContain(head);
    expect(bodyOf(html)).toBe(
      '<a href="/latn/i/greenland/#q">Grenlandia</a><a href="/feed.xml">Atom</a>' +
        '<div data-later="/latn/rest/i/" data-script-twin="/i/"></div>' +
        '<a href="/en/latn/i/" hreflang="en">English</a>' +
        '<a href="/i/?script=cyrl" hreflang="kk-Cyrl" lang="kk-Cyrl">Кирил</a>',
    );
  });

  it('leaves scripts, styles and text marked as Cyrillic on purpose as they are', () => {
    const body =
      '<script type="application/ld+json">{"headline":"Гренландия"}</script>' +
      '<style>q::before{content:"«"}</style><span lang="kk-Cyrl">Кирил</span>';
    expect(bodyOf(latin(page('kk', '', body)))).toBe(body);
  });
});

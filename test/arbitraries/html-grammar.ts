import fc from 'fast-check';
import { SOURCES, headline, paragraph, sentence } from './words.js';

/**
 * Grammar of broken and hostile HTML news pages, a few KB each: nested and unclosed tags,
 * stray end tags, attributes with and without quotes, entities (valid, numeric, broken),
 * scripts, styles, comments, CDATA, Russian paragraphs, related blocks with safe and
 * unsafe links, JSON-LD (also with `__proto__` / `constructor` keys), and byte input in
 * UTF-8, windows-1251 or KOI8-R with a declared charset that may lie.
 */

const BLOCK_TAGS = ['div', 'section', 'article', 'main', 'aside', 'ul', 'li', 'table', 'tr', 'td', 'blockquote', 'figure', 'header', 'footer', 'nav', 'form', 'noscript', 'span', 'b', 'i', 'font', 'center', 'p', 'h2', 'h3'];
const CLASSES = ['content', 'news-text', 'article-body', 'related', 'share', 'comments', 'menu', 'footer', 'entry-content', 'post', 'detail_text', 'news-detail', 'ads', 'banner', 'item', 'title', 'lead'];

const HREFS = [
  '/news/1.html', 'news/2', '//cdn.example.ru/x', 'https://example.ru/a?b=1&c=2', '#top', '',
  'javascript:alert(1)', 'JavaScript:void(0)', ' javascript:alert(2)', 'java\tscript:alert(3)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'mailto:a@example.ru', 'http://[bad', 'ftp://example.ru/f', '?page=2',
];

const attrValue = fc.oneof(
  fc.constantFrom(...CLASSES),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"><script>alert(1)</script>', "' onmouseover='x", '&quot;&amp;&lt;', 'a\u0000b'),
);

const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => ` class="${c}"`),
  fc.constantFrom(...HREFS).map((h) => ` href="${h}"`),
  attrValue.map((v) => ` data-x="${v}"`),
  attrValue.map((v) => ` title='${v}'`),
  fc.constantFrom(' hidden', ' id=main', ' style="display:none"', ' onclick="alert(1)"', ' itemprop="articleBody"', ' =x', ' class=', ' "'),
);

// `&lt;` is left out: it decodes to a literal "<" in the text, which is content, not markup.
const entity = fc.constantFrom(
  '&amp;', '&nbsp;', '&laquo;', '&raquo;', '&mdash;', '&#1050;', '&#x41f;', '&#0;', '&#xD800;', '&#99999999;', '&am', '&;', '&unknown;', '&gt;', '&quot;',
);

const textRun = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 1, arbitrary: entity },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&]/gu, ' ')) },
);

const leaf = fc.oneof(
  { weight: 6, arbitrary: textRun },
  { weight: 3, arbitrary: paragraph.map((p) => `<p>${p}</p>`) },
  { weight: 1, arbitrary: fc.constantFrom('<br>', '<br/>', '<hr>', '<img src="/i.jpg" alt="фото">', '<img src="javascript:alert(1)">', '<wbr>') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => `<!--${s.replace(/-->/gu, '')}-->`) },
  { weight: 1, arbitrary: fc.constantFrom('<![CDATA[ x < y ]]>', '<!-- unclosed', '<!DOCTYPE html>', '<?xml version="1.0"?>', '</div>', '</p></p>', '<p', '<a href="') },
  { weight: 1, arbitrary: fc.constantFrom('<script>document.write("<p>evil</p>")</script>', '<style>p{color:red}</style>', '<script>var a = "</scr" + "ipt>";</script>', '<noscript><p>Включите JavaScript</p></noscript>', '<template><p>шаблон</p></template>', '<iframe src="javascript:alert(1)"></iframe>', '<svg><script>alert(1)</script></svg>', '<math><mi>x</mi></math>') },
);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom(...BLOCK_TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.nat(9))
      .map(([tag, attrs, kids, close]) => `<${tag}${attrs.join('')}>${kids.join('')}${close < 7 ? `</${tag}>` : ''}`),
  ),
}));

const relatedBlock = fc
  .tuple(
    fc.constantFrom('Читайте также', 'По теме', 'Ещё новости о событии', 'Похожие новости', 'Новости по теме'),
    fc.array(fc.tuple(fc.constantFrom(...HREFS), headline), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('div', 'aside', 'section'),
  )
  .map(
    ([h, links, tag]) =>
      `<${tag} class="related"><h3>${h}</h3><ul>${links.map(([href, t]) => `<li><a href="${href}">${t}</a></li>`).join('')}</ul></${tag}>`,
  );

const jsonLd = fc
  .record({
    headline: fc.oneof({ weight: 4, arbitrary: headline }, { weight: 1, arbitrary: headline.map((h) => `<b>${h}</b><script>x()</script>`) }),
    date: fc.constantFrom('2017-12-04T23:16:00+03:00', '2017-12-04', 'вчера', 'not a date', '9999-99-99'),
    hostile: fc.constantFrom(
      '',
      ',"__proto__":{"polluted":"yes","title":"x"}',
      ',"constructor":{"prototype":{"polluted":"yes"}}',
      ',"author":{"__proto__":{"polluted":"yes"},"name":"Иван"}',
      ',"@graph":[{"@type":"NewsArticle","__proto__":{"polluted":1}}]',
    ),
    broken: fc.constantFrom('', ',', '//', '<!--', ']]>', '}'),
  })
  .map(
    ({ headline: h, date, hostile, broken }) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(h)},"datePublished":"${date}"${hostile}}${broken}</script>`,
  );

const head = fc
  .tuple(
    fc.option(headline),
    fc.option(jsonLd),
    fc.constantFrom('', '<meta charset="utf-8">', '<meta charset="windows-1251">', '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', '<meta charset="x-bogus">'),
    fc.constantFrom('', '<meta property="article:published_time" content="2017-12-04T23:16:00+03:00">', '<meta property="og:title" content="<b>Заголовок</b> <script>x()</script>новости">', '<meta name="description" content="<p>Описание</p>">', '<base href="javascript:alert(1)">', '<link rel="canonical" href="/news/7.html">'),
  )
  .map(([title, ld, charset, meta]) => `<head>${charset}${title === null ? '' : `<title>${title}</title>`}${meta}${ld ?? ''}</head>`);

/** A random HTML page as a string, a few KB at most. */
export const htmlPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '<!DOCTYPE html>', '\uFEFF<!doctype html>'),
    head,
    fc.option(headline.map((h) => `<h1>${h}</h1>`), { freq: 4 }),
    fc.array(paragraph.map((p) => `<p>${p}</p>`), { maxLength: 4 }),
    fc.array(node, { maxLength: 4 }),
    fc.option(relatedBlock, { freq: 2 }),
    fc.boolean(),
  )
  .map(([doctype, h, h1, paras, nodes, related, closeHtml]) => {
    const body = `${h1 ?? ''}<div class="news-text">${paras.join('')}${nodes.join('')}</div>${related ?? ''}`;
    return `${doctype}<html>${h}<body>${body}${closeHtml ? '</body></html>' : ''}`;
  });

function encoderFor(label: string): (s: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) out.push(c);
      else out.push(table.get(ch) ?? 0x3f);
    }
    return new Uint8Array(out);
  };
}
const utf8 = new TextEncoder();
const ENCODERS: Record<string, (s: string) => Uint8Array> = {
  'utf-8': (s) => utf8.encode(s),
  'windows-1251': encoderFor('windows-1251'),
  'koi8-r': encoderFor('koi8-r'),
};

const ENCODINGS = ['utf-8', 'windows-1251', 'koi8-r'] as const;

function splice(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  const i = Math.min(at, bytes.length);
  const out = new Uint8Array(bytes.length + insert.length);
  out.set(bytes.subarray(0, i), 0);
  out.set(insert, i);
  out.set(bytes.subarray(i), i + insert.length);
  return out;
}

/**
 * A random page as bytes: one of three encodings, the declared charset possibly wrong,
 * sometimes with a paragraph in another encoding (mixed encodings) or random garbage
 * spliced in. Garbage can cut a tag in half (`</ti\x80tle>`), after which the rest of the
 * page is legitimately title text: `garbage` says when that may have happened.
 */
export const htmlBytes: fc.Arbitrary<{ bytes: Uint8Array; garbage: boolean }> = fc
  .tuple(
    htmlPage,
    fc.constantFrom(...ENCODINGS),
    fc.option(fc.tuple(fc.nat(4000), paragraph, fc.constantFrom(...ENCODINGS)), { freq: 3 }),
    fc.option(fc.tuple(fc.nat(4000), fc.uint8Array({ maxLength: 64 })), { freq: 3 }),
  )
  .map(([page, enc, foreign, garbage]) => {
    // A BOM only makes sense in UTF-8; legacy charsets have none.
    let bytes = ENCODERS[enc]!(enc === 'utf-8' ? page : page.replace(/^\uFEFF/u, ''));
    if (foreign !== null) {
      // At a tag boundary, so that no tag is cut in half.
      const lt = bytes.indexOf(0x3c, Math.min(foreign[0], bytes.length));
      bytes = splice(bytes, lt < 0 ? bytes.length : lt, ENCODERS[foreign[2]]!(`<p>${foreign[1]}</p>`));
    }
    if (garbage !== null) bytes = splice(bytes, garbage[0], garbage[1]);
    return { bytes, garbage: garbage !== null };
  });

/** Source names used in related items, for assertions. */
export { SOURCES };

import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractHtmlMetadata } from '../../src/extract/html-metadata.js';
import { decodeHtml } from '../../src/input/decode-html.js';
import { resolveParseOptions } from '../../src/options.js';

/** Fragments of the markup the metadata extractor reads, hostile ones included. */
const PIECES = [
  '<h1>', '</h1>', '<h2 itemprop="headline">', '</h2>', '<div itemscope itemtype="http://schema.org/NewsArticle">', '</div>',
  '<time datetime="2017-12-04T20:16:00Z">', '</time>', '<meta property="og:title" content="Мост &quot;через&quot; Оку">',
  '<meta property="article:published_time" content="2017-13-45T99:99">', '<meta itemprop="datePublished" content="1600633920">',
  '<script type="application/ld+json">', '</script>', '{"@type":"NewsArticle","headline":"Заголовок","__proto__":{"polluted":1},"datePublished":"2017-12-04"',
  '}', ',]', '[', '<title>', '</title>', ' — Лента.ру', ' | ', '4 декабря 2017, 23:16', 'вчера в 10:00', '16:28', '© 2009 — 2015',
  '<a href="javascript:alert(1)">', '<a href="/tags/x" rel="tag">', '</a>', '<figure><img src="data:x"><figcaption>Подпись</figcaption></figure>',
  '<img srcset="  ">', '<link rel="canonical" href="http://[::1">', '<p>', 'Текст новости про мост.', '&#0;', '&#xD800;', '<br>',
  '<span class="date">', '</span>', '<div class="author">Автор: Иван Петров</div>', '<article>', '</article>', '<!--', '-->', '\u0000',
];
const page = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(''));
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/u;

describe('metadata on generated pages', () => {
  it('never throws, emits ISO dates and absolute http(s) images, and never pollutes prototypes', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('Europe/Moscow', 'Asia/Novosibirsk'), fc.boolean(), (html, timeZone, withUrl) => {
        const ctx = resolveParseOptions({ referenceDate: '2017-12-05T12:00:00+03:00', timeZone, ...(withUrl ? { url: 'https://example.ru/a/1' } : {}) });
        const m = extractHtmlMetadata(parseDocument(html), ctx, null, ctx.url);
        if (m.publishedAt !== null) expect(m.publishedAt).toMatch(ISO);
        if (m.modifiedAt !== null) expect(m.modifiedAt).toMatch(ISO);
        for (const img of m.images) expect(img.url).toMatch(/^https?:\/\//u);
        if (m.title !== null) expect(m.title.trim()).not.toBe('');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('decodes any bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(typeof decodeHtml(bytes, null)).toBe('string');
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

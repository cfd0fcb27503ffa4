import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractHtmlMetadata } from '../../src/extract/html-metadata.js';
import { decodeHtml } from '../../src/input/decode-html.js';
import { resolveParseOptions } from '../../src/options.js';

const P = '<p>В Калуге открыли новый мост через Оку, его строили три года.</p>';

function meta(html: string) {
  const ctx = resolveParseOptions({ referenceDate: '2017-12-05T12:00:00+03:00', url: 'https://example.ru/n/1' });
  return extractHtmlMetadata(parseDocument(html), ctx, null, ctx.url);
}

describe('metadata on hostile pages (no stack overflow, bounded work)', () => {
  it('handles 30,000-deep nesting around and before the headline (100,000 is in the stress group)', () => {
    const deep = `<h1>Мост через Оку открыт</h1>${'<div>'.repeat(30_000)}${P}<div class="date">4 декабря 2017</div>${'</div>'.repeat(30_000)}`;
    expect(meta(deep).title).toBe('Мост через Оку открыт');
    const before = `${'<div>'.repeat(30_000)}x${'</div>'.repeat(30_000)}<h1>Мост через Оку открыт</h1><div class="date">4 декабря 2017</div>`;
    expect(meta(before).publishedAt).toBe('2017-12-04');
  });

  it('handles a 10 MB JSON-LD script, a broken 3 MB one and 100,000-deep JSON', () => {
    const big = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Мост открыт","datePublished":"2017-12-04T20:16:00Z","articleBody":"${'а'.repeat(10_000_000)}"}</script>${P}`;
    expect(meta(big).publishedAt).toBe('2017-12-04T23:16:00+03:00');
    const broken = `<script type="application/ld+json">{"@type":"NewsArticle",${'"a":[1,2,],'.repeat(300_000)}"headline":"Мост открыт",}</script>${P}`;
    expect(meta(broken).title).toBe('Мост открыт');
    const deep = `<script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script><h1>Мост открыт</h1>`;
    expect(meta(deep).title).toBe('Мост открыт');
  });

  it('handles 200,000 tag links, a 1 MB attribute and a huge <title>', () => {
    expect(meta(`<h1>Мост открыт</h1>${'<a href="/tags/x" rel="tag">тег</a>'.repeat(200_000)}`).title).toBe('Мост открыт');
    expect(meta(`<h1 class="${'x'.repeat(1_000_000)}">Мост открыт</h1>${P}`).title).toBe('Мост открыт');
    expect(() => meta(`<title>${'Мост | '.repeat(150_000)}</title>${P}`)).not.toThrow();
  });

  it('decodes 20 MB of undeclared single-byte text', () => {
    const bytes = new Uint8Array(20_000_000).fill(0xe6);
    expect(decodeHtml(bytes, null).length).toBe(20_000_000);
  });
});

import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { indexPageMetadata } from '../../src/extract/html-metadata.js';
import { fingerprintProbe, resolveSite } from '../../src/sites/resolve-site.js';
import { compileSafe } from '../../src/sites/select.js';

const PAGE = `<html><head>
  <link rel="canonical" href="/news/1.html"><link rel="canonical" href="/news/2.html">
  <script src="/bitrix/js/main/core.js"></script>
</head><body>
  <noscript><div class="full-story"><h1>Заглушка</h1></div></noscript>
  <div class="news-detail"><h1>Заголовок</h1><p class="news-detail">Текст</p></div>
</body></html>`;

describe('indexMetadata tests riding along the walk', () => {
  it('gives the first match of each test in page order, also inside elements it never indexes', () => {
    const doc = parseDocument(PAGE);
    const tests = ['link[rel="canonical"]', '.news-detail', '.full-story', '.nowhere', 'div:has('].map(compileSafe);
    const index = indexPageMetadata(doc, tests);
    expect(index.found.map((list) => list.length)).toEqual([1, 1, 1, 0, 0]);
    expect(index.found[0]![0]!.attribs.href).toBe('/news/1.html');
    expect(index.found[1]![0]!.name).toBe('div');
    // The <noscript> copy is found by the test, but its headline is not indexed.
    expect(index.found[2]![0]!.parent?.type === 'tag' && (index.found[2]![0]!.parent as { name: string }).name).toBe('noscript');
    expect(index.headings.map((h) => h.children.length)).toHaveLength(1);
  });

  it('feeds resolveSite the same verdict as its own walk', () => {
    const doc = parseDocument(PAGE);
    const probe = fingerprintProbe([]);
    const index = indexPageMetadata(doc, probe.tests);
    expect(resolveSite(doc, [], null, probe, index.found)).toEqual(resolveSite(doc, [], null));
    expect(resolveSite(doc, [], null).names).toEqual(['dle', 'bitrix']);
  });
});

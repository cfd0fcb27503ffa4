import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { indexPageMetadata } from '../../src/extract/html-metadata.js';
import { fingerprintProbe, resolveSite } from '../../src/sites/resolve-site.js';
import { planTests, selectEachCompiled } from '../../src/sites/select.js';

const PAGE = `<html><head>
  <link rel="canonical" href="/news/1.html"><link rel="canonical" href="/news/2.html">
  <script src="/bitrix/js/main/core.js"></script>
</head><body>
  <noscript><div class="full-story"><h1>Заглушка</h1></div></noscript>
  <div class="news-detail"><h1>Заголовок</h1><p class="news-detail">Текст</p></div>
  <section data-role="main"><p>Абзац</p></section>
</body></html>`;

describe('planTests', () => {
  it('files each selector under the tag, else the attribute, its subject must have', () => {
    const plan = planTests([
      'link[rel="canonical"]', // tag
      '.news-detail', // attribute "class"
      'div > [ID^="news-id-"]', // attribute "id" (the subject is after the combinator)
      '[umi\\:field-name="content"]', // attribute "umi:field-name"
      '[data-x!="1"]', // matches elements without the attribute too: every element
      'section *', // universal subject: every element
      '.a, .b', // a list: every element
      'div:has(', // unreadable: compiles to null
      '.a.b', // two classes: attribute "class", through css-select
    ]);
    expect(Object.fromEntries(plan.byTag)).toEqual({ link: [0] });
    expect(Object.fromEntries(plan.byAttribute)).toEqual({ id: [2], 'umi:field-name': [3], class: [8] });
    expect(plan.byClass.map((t) => [t.name, t.index])).toEqual([['news-detail', 1]]);
    expect(plan.always).toEqual([4, 5, 6, 7]);
    expect(plan.tests[7]).toBeNull();
  });

  it('matches a single-class selector exactly as css-select does (tokens split at any white space, case-sensitive)', () => {
    const values = ['full-story', 'x full-story', 'full-storyx', 'x-full-story', 'a\u00a0full-story', 'a\tfull-story\nb', 'Full-Story', 'full-story.', ' full-story '];
    const selectors = ['.full-story', '.Full-Story', '.full-story\\.', '.x'];
    const plan = planTests(selectors);
    expect(plan.byClass).toHaveLength(4);
    for (const value of values) {
      const doc = parseDocument(`<div class="${value}">Текст</div>`);
      expect(indexPageMetadata(doc, plan).found, value).toEqual(selectEachCompiled(doc, plan.tests, 1));
    }
  });
});

describe('indexMetadata with a plan riding along the walk', () => {
  it('gives the first match of each selector in page order, also inside elements it never indexes', () => {
    const doc = parseDocument(PAGE);
    const plan = planTests(['link[rel="canonical"]', '.news-detail', '.full-story', '.nowhere', 'div:has(', 'section p', '[data-role]']);
    const index = indexPageMetadata(doc, plan);
    expect(index.found.map((list) => list.length)).toEqual([1, 1, 1, 0, 0, 1, 1]);
    expect(index.found[0]![0]!.attribs.href).toBe('/news/1.html');
    expect(index.found[1]![0]!.name).toBe('div');
    // The <noscript> copy is found by the selector, but its headline is not indexed.
    expect((index.found[2]![0]!.parent as { name?: string }).name).toBe('noscript');
    expect(index.headings).toHaveLength(1);
    expect(index.found[5]![0]!.name).toBe('p');
    // The plan itself is untouched: it serves the next page as well.
    expect(plan.tests.filter((t) => t !== null)).toHaveLength(6);
    expect(indexPageMetadata(doc, plan).found.map((list) => list.length)).toEqual([1, 1, 1, 0, 0, 1, 1]);
  });

  it('feeds resolveSite the same verdict as its own walk', () => {
    const doc = parseDocument(PAGE);
    const probe = fingerprintProbe([]);
    const index = indexPageMetadata(doc, planTests(probe.selectors));
    expect(resolveSite(doc, [], null, probe, index.found)).toEqual(resolveSite(doc, [], null));
    expect(resolveSite(doc, [], null).names).toEqual(['dle', 'bitrix']);
  });
});

describe('the planned walk finds what a plain walk finds', () => {
  it('for every built-in rule selector on every HTML fixture', async () => {
    const { readdirSync, readFileSync, existsSync } = await import('node:fs');
    const { BUILTIN_SITE_RULES } = await import('../../src/sites/builtin-rules.js');
    const { selectEachCompiled } = await import('../../src/sites/select.js');
    const { decodeHtml } = await import('../../src/input/decode-html.js');
    const root = new URL('../../fixtures/', import.meta.url);
    const selectors = [
      ...new Set(
        BUILTIN_SITE_RULES.flatMap((rule) =>
          Object.entries(rule).flatMap(([field, value]) => (field !== 'hosts' && Array.isArray(value) ? (value as string[]) : [])),
        ),
      ),
      'link[rel~="canonical" i][href]',
      'meta[property="og:url" i][content]',
      'base[href]',
      'h1',
      'a[href]',
    ];
    const plan = planTests(selectors);
    let pages = 0;
    for (const name of readdirSync(root)) {
      const file = new URL(`${name}/input.html`, root);
      if (!existsSync(file)) continue;
      const doc = parseDocument(decodeHtml(new Uint8Array(readFileSync(file)), null));
      expect(indexPageMetadata(doc, plan).found, name).toEqual(selectEachCompiled(doc, plan.tests, 1));
      pages++;
    }
    expect(pages).toBeGreaterThan(20);
  });
});

describe('indexMetadata: meta keys and rel tokens', () => {
  it('files a meta under each lower-cased word of its key, and reads rel as lower-cased words', () => {
    const doc = parseDocument(`<html><head>
      <meta property="OG:Title" content="A">
      <meta name="description  Keywords" content="B">
      <meta name="" content="C"><meta name=" " content="D">
      <meta itemprop="datePublished" content="2017-12-04">
      <meta http-equiv="Content-Type\tX-Extra" content="E">
      <link rel="Canonical" href="/1"><link rel="  alternate   AMPHTML " href="/2"><link rel="" href="/3">
    </head><body><a rel="tag" href="/t">тег</a><a rel="nofollow noopener" href="/x">x</a></body></html>`);
    const index = indexPageMetadata(doc);
    const metas = Object.fromEntries([...index.metas].map(([k, list]) => [k, list.map((m) => m.content)]));
    expect(metas).toEqual({
      'og:title': ['A'],
      description: ['B'],
      keywords: ['B'],
      datepublished: ['2017-12-04'],
      'content-type': ['E'],
      'x-extra': ['E'],
    });
    expect(index.rels.map((r) => r.rel)).toEqual([['canonical'], ['alternate', 'amphtml'], [], ['tag'], ['nofollow', 'noopener']]);
    expect(index.tagLinks.map((a) => a.attribs.href)).toEqual(['/t']);
  });
});

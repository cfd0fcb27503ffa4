import { DomHandler, type ChildNode, type Document } from 'domhandler';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { HtmlTreeParser } from '../../src/input/html-tree-parser.js';
import { htmlPage } from '../arbitraries/html-grammar.js';

/**
 * src/input/html-tree-parser.ts must build exactly the tree htmlparser2's Parser builds in
 * HTML mode (entities decoded, names lower-cased), comments and CDATA left out: shallow
 * and deep pages, implied closes, stray end tags, foreign content (svg/math) and
 * self-closing tags, tag and attribute names of any case, length and alphabet, and markup
 * cut at every awkward place. It must stay linear at any depth.
 */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** htmlparser2's DomHandler without comments (the parser under test drops them). */
class NoComments extends DomHandler {
  override oncomment(): void {}
  override oncommentend(): void {}
}

function reference(html: string): Document {
  const handler = new NoComments();
  new Parser(handler, OPTIONS).end(html);
  return handler.root;
}

function ours(html: string): Document {
  const handler = new DomHandler();
  new HtmlTreeParser(handler).parse(html);
  return handler.root;
}

/** Every node in document order: its depth, kind, name, attributes and text, walked with an explicit stack. */
function dump(root: Document): string[] {
  const out: string[] = [];
  const stack: [ChildNode, number][] = root.children.map((c) => [c, 1] as [ChildNode, number]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      out.push(`${depth} <${node.name} ${JSON.stringify(Object.entries(node.attribs))}`);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
    } else if (node.type === 'text') out.push(`${depth} "${node.data}`);
    else if (node.type === 'directive') out.push(`${depth} ?${node.name} ${node.data}`);
    else out.push(`${depth} ${node.type}`);
  }
  return out;
}

const name = fc.constantFrom('div', 'DIV', 'Div', 'p', 'a', 'SPAN', 'img', 'data-Foo', 'class', 'CLASS', 'id', 'href', 'Href', 'svg', 'foreignObject',
  'x'.repeat(40), 'тег', 'İmg', 'dİv', 'h1', 'H1', 'br', 'BR', 'td', 'tr', 'li', 'LI', 'meta', 'script', '__proto__', 'constructor', '0');
const tag = fc.tuple(name, fc.array(fc.tuple(name, fc.constantFrom('', '="1"', "='Х'", '=v', '="&amp;&#1050;"')), { maxLength: 3 }), fc.boolean(), fc.boolean()).map(
  ([n, attrs, close, self]) => `<${n}${attrs.map(([a, v]) => ` ${a}${v}`).join('')}${self ? '/' : ''}>${close ? `текст</${n}>` : 'Текст '}`,
);
const token = fc.constantFrom(
  '<div>', '</div>', '<p>', '</p>', '</P>', '<svg>', '</svg>', '<math>', '</math>', '<foreignObject>', '</foreignObject>', '<mi>', '</desc>',
  '<li>', '<ul>', '</ul>', '<td>', '<tr>', '<table>', '</table>', '<tbody>', '<tfoot>', '<b>', '</i>', '<br>', '</br>', '</Br>', '<option>', '<optgroup>',
  '<select>', '<input>', '<path/>', '<p/>', '<div/>', 'текст', ' ', '&nbsp;', '&amp;x', '<h1>', '</h2>', '<dd>', '<dt>', '<rt>', '<rp>',
  '<title>', '</title>', '<html>', '</html>', '<body>', '</body>', '<head>', '<link>', '<script>x</script>', '<span>', '</span>',
  '<!-- к -->', '<![CDATA[ d ]]>', '<!DOCTYPE Html>', '<?xml version="1.0"?>', '<!x/y>', '<a href="', '<p', '</ a>', '</>', '<img src=x>',
);
const soup = fc.array(fc.oneof(token, tag), { maxLength: 80 }).map((t) => t.join(''));
/** Markup cut into the pieces a tokenizer reacts to: names and values cut by every such character, entities everywhere, raw-text elements and near misses of their end tags, control characters. */
const piece = fc.constantFrom(
  '<', '</', '<!', '<?', '>', '/>', '/', '=', '"', "'", '&', ' ', '\t', '\n', '\f', '\r', '\v', 'a', 'Б', 'x1', '-', '--', '-->', '--->', ']]>', ']', '[',
  '<div', '<DIV', '<p', '</p', '</P >', '</ div>', '</>', '</ >', '</1>', '</div/>', '<a href=', '<a href="', "<a href='", 'class', 'class=x', 'class="y z"',
  "title='Т&amp;'", 'data-x=a&amp;b', 'v="&quot;"', 'w=&amp', 'u="&ampx"', 'q=&amp=', '&amp;', '&nbsp;', '&notin;', '&not', '&noti', '&NotEqualTilde;', '&#1050;', '&#x41f;', '&#x', '&#', '&#99999999;', '&am', '&;',
  '<script>', '</script>', '</script ', '</script/', '</SCRIPT>', '<script/>', '<script / >', '<style>', '</style>', '<title>', '</title>', '<TITLE>', '<textarea>', '</textarea>',
  '<xmp>', '</xmp>', '<tmp>', '<xitle>', '<s>', '<t>', '<x>', '<sc', '<scrip', '<ti', '<st', '\x1c', '\x0f', '\x1c\x0fscript>', '<\x0ftitle>',
  '<!--', '<!-->', '<!--->', '<!-', '<!->', '<!>', '<![CDATA[', '<![CDA', '<![x', '<!DOCTYPE html>', '<!doctype', '<?xml ?>', '<?', '<img src=/i.jpg alt=фото>',
  '<svg>', '</svg>', '<path/>', '<math>', '<mi>', '<br/>', '</br>', '<li>', '<td>', 'ё\u00a0', '<a b c=d e>', '<a =x>', '<a "x"=y>', '<a b=>',
);
const pieces = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
/** Tags with many attributes, repeats included before and after the first 16. */
const manyAttributes = fc
  .array(fc.tuple(fc.constantFrom('a', 'B', 'c', 'data-x', 'id', 'class', 'Class', 'href', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'y', 'z', '__proto__'), fc.nat(9)), { minLength: 12, maxLength: 40 })
  .map((attrs) => `<div ${attrs.map(([n, v]) => `${n}="${v}"`).join(' ')}>текст</div>`);
/** A page or soup cut off anywhere (a partial download). */
const truncated = fc.tuple(fc.oneof(htmlPage, soup, pieces), fc.nat()).map(([html, at]) => html.slice(0, at % (html.length + 1)));
/** Our fixture pages (real CMS markup: scripts, comments, entities, tables, forms) cut at random points and glued together. */
const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const fixturePages = readdirSync(FIXTURES)
  .filter((d) => d.startsWith('html-'))
  .flatMap((d) => {
    try {
      return [readFileSync(resolve(FIXTURES, d, 'input.html'), 'latin1')];
    } catch {
      return [];
    }
  });
const splicedFixtures = fc
  .array(fc.tuple(fc.nat(), fc.nat(), fc.nat(4000)), { minLength: 1, maxLength: 4 })
  .map((cuts) =>
    cuts
      .map(([page, at, length]) => {
        const html = fixturePages[page % fixturePages.length]!;
        const from = at % (html.length + 1);
        return html.slice(from, from + length);
      })
      .join(''),
  );
/** Deeper than any everyday page. */
const deepPrefix = fc.constantFrom('<div>'.repeat(300), '<svg>'.repeat(300), '<b><i>'.repeat(200), '<ul><li>'.repeat(200));

describe('HtmlTreeParser', () => {
  it('builds the same tree as htmlparser2 (pages, tag soup, markup in pieces, many attributes, cut-off pages, deep pages; 6,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, soup, pieces, manyAttributes, truncated, fc.tuple(deepPrefix, fc.oneof(soup, htmlPage, pieces), soup).map((p) => p.join(''))), (html) => {
        expect(dump(ours(html))).toEqual(dump(reference(html)));
      }),
      { numRuns: 6000 },
    );
  });

  it('builds the same tree as htmlparser2 on pieces of the fixture pages glued together (1,000 cases)', () => {
    expect(fixturePages.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(splicedFixtures, (html) => {
        expect(dump(ours(html))).toEqual(dump(reference(html)));
      }),
      { numRuns: 1000 },
    );
  });

  it('hands out one string per distinct name, lower-cased', () => {
    const names: string[] = [];
    const sink = { onopentag: (n: string, a: Record<string, string>) => names.push(n, ...Object.keys(a)), onclosetag() {}, ontext() {}, onprocessinginstruction() {}, onend() {} };
    new HtmlTreeParser(sink).parse('<P CLASS="x">Раз</P><p class="y">Два</p><DIV Class="z" class="w"></DIV><dİv>');
    expect(names).toEqual(['p', 'class', 'p', 'class', 'div', 'class', 'dİv'.toLowerCase()]);
  });

  it('keeps the first of repeated attributes and stays linear with 200,000 attributes in one tag', () => {
    const distinct = `<div ${Array.from({ length: 200_000 }, (_, i) => `a${i}="${i}"`).join(' ')} a7="again">x</div>`;
    const repeated = `<p ${'b="1" '.repeat(200_000)}>y</p>`;
    const t = performance.now();
    const div = ours(distinct).children[0] as import('domhandler').Element;
    const p = ours(repeated).children[0] as import('domhandler').Element;
    const ms = performance.now() - t;
    console.log(`tree parser: 200,000 distinct and 200,000 repeated attributes in ${ms.toFixed(0)} ms`);
    expect(Object.keys(div.attribs)).toHaveLength(200_000);
    expect(div.attribs.a7).toBe('7');
    expect(p.attribs).toEqual({ b: '1' });
    expect(ms).toBeLessThan(15_000);
  });

  it('parses 100,000 nested elements followed by 100,000 stray end tags in linear time', () => {
    const html = `${'<div>'.repeat(100_000)}${'</span>'.repeat(100_000)}текст${'</div>'.repeat(100_000)}${'<svg>'.repeat(50_000)}`;
    const t = performance.now();
    const out = dump(ours(html));
    const ms = performance.now() - t;
    console.log(`tree parser: ${html.length} chars nested 100,000 deep in ${ms.toFixed(0)} ms (htmlparser2's Parser: about a minute)`);
    expect(out.filter((line) => line.includes('<div')).length).toBe(100_000);
    expect(out.filter((line) => line.includes('<svg')).length).toBe(50_000);
    expect(out).toContain('100001 "текст');
    expect(ms).toBeLessThan(15_000);
  });
});

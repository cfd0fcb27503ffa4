import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { hasItemprop } from '../../src/extract/metadata-helpers.js';
import { cleanText, cleanTextLength, lowerWords, nodeText, plainText, squash } from '../../src/extract/node-text.js';
import { HtmlTreeParser } from '../../src/input/html-tree-parser.js';
import { LeanTreeBuilder } from '../../src/input/lean-tree.js';
import { htmlPage } from '../arbitraries/html-grammar.js';

/**
 * cleanTextLength counts what cleanText would build: white space of every kind squashed
 * to one space and trimmed, blocks and `<br>` as spaces, scripts and the like skipped, and
 * the same cut at `limit` raw characters (which can fall inside a run of white space).
 */

function tree(html: string): AnyNode {
  const builder = new LeanTreeBuilder();
  new HtmlTreeParser(builder).parse(html);
  return builder.root;
}

function elements(node: AnyNode, out: AnyNode[] = []): AnyNode[] {
  out.push(node);
  if ('children' in node) for (const child of (node as Element).children) elements(child, out);
  return out;
}

describe('cleanTextLength', () => {
  it.each([
    ['<p>Мост открыт</p>', 4000, 'Мост открыт'],
    ['<div>  Мост\n\t открыт  </div>', 4000, 'Мост открыт'],
    ['<div><p>Мост</p><p>открыт</p></div>', 4000, 'Мост открыт'],
    ['<div>Мост<br>открыт</div>', 4000, 'Мост открыт'],
    ['<div><span>Мо</span><b>ст</b></div>', 4000, 'Мост'],
    ['<div>a\u00a0\u200b\u2009b\ufeff</div>', 4000, 'a b'],
    ['<div>a<script>var x = 1;</script>b<style>p{}</style><select><option>c</option></select></div>', 4000, 'ab'],
    ['<div>abc     def</div>', 9, 'abc'],
    ['<div>abc     def</div>', 10, 'abc d'],
    ['<div>\n\n\n</div>', 4000, ''],
    ['<div><p>один</p><p>два</p></div>', 6, 'один'],
  ])('%j, limit %i: the length of %j', (html, limit, text) => {
    const div = elements(tree(html)).find((n) => n.type === 'tag')!;
    expect(cleanText(div, limit)).toBe(text);
    expect(cleanTextLength(div, limit)).toBe(text.length);
  });

  it('nodeText reads what a plain recursive walk reads, for every element of generated pages, at any limit', () => {
    const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
    const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'figcaption', 'dt', 'dd']);
    const reference = (node: AnyNode): string => {
      if (node.type === 'text') return node.data;
      if (node.type !== 'root' && (node.type !== 'tag' || NO_TEXT.has(node.name))) return '';
      const start = node.type === 'tag' && BREAKS.has(node.name) ? ' ' : '';
      return start + (node as Element).children.map(reference).join('');
    };
    fc.assert(
      fc.property(htmlPage, fc.integer({ min: 1, max: 700 }), (html, limit) => {
        for (const node of elements(tree(html))) expect(nodeText(node, limit)).toBe(reference(node).slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('equals cleanText(node, limit).length for every element of generated pages, at any limit', () => {
    fc.assert(
      fc.property(htmlPage, fc.integer({ min: 1, max: 700 }), (html, limit) => {
        for (const node of elements(tree(html))) {
          expect(cleanTextLength(node, limit)).toBe(cleanText(node, limit).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('plainText (metadata values: JSON-LD, meta content)', () => {
  it.each([
    ['&quot;Мост&quot; открыт', '"Мост" открыт'],
    ['&laquo;Мост&raquo; &#171;открыт&#187; &#x41c;', '«Мост» «открыт» М'],
    // Escaped twice by the CMS: one level is undone, as a browser would show the value.
    ['Мост &amp;quot;Северный&amp;quot;', 'Мост &quot;Северный&quot;'],
    ['Мост&nbsp;открыт &hellip; &frac12; пути', 'Мост открыт … ½ пути'],
    ['<b>Мост</b> <a href="/x">открыт</a>', 'Мост открыт'],
    ['AT&T &unknown; &copy без точки с запятой', 'AT&T &unknown; &copy без точки с запятой'],
    ['&#0; и &#xD800;', '\ufffd и \ufffd'],
  ])('%j → %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('squash', () => {
  /** What squash promises: every run of white space (\\s and U+200B) one space, then trimmed. */
  const reference = (text: string): string => text.replace(/[\s\u200b]+/gu, ' ').trim();
  const SPACES = [' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u200b', '\u2009', '\u3000', '\ufeff', '\u2028', '\u1680', '\u202f'];

  it.each([
    ['Мост открыт', 'Мост открыт'],
    ['\n    Мост открыт.\n  ', 'Мост открыт.'],
    ['\u200bМост\u00a0\u00a0открыт\u200b', 'Мост открыт'],
    ['  \n\t ', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(squash(input)).toBe(expected);
  });

  it('equals replace-then-trim on any mix of letters and white space of every kind', () => {
    const piece = fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('а', 'Мост', 'x', '.', '«', '1'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(squash(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lowerWords (rel, itemprop, meta keys)', () => {
  it.each([
    ['Canonical', ['canonical']],
    ['  alternate\tAMPHTML\n', ['alternate', 'amphtml']],
    ['author\u00a0Creator', ['author', 'creator']],
    ['', []],
    ['   ', []],
  ])('%j → %j', (input, expected) => {
    expect(lowerWords(input)).toEqual(expected);
  });

  it('lets hasItemprop find a name among several tokens, case ignored', () => {
    const el = (itemprop: string) => parseDocument(`<span itemprop="${itemprop}">x</span>`).children[0] as Element;
    expect(hasItemprop(el('Author  creator'), ['creator'])).toBe(true);
    expect(hasItemprop(el('headline'), ['alternativeheadline'])).toBe(false);
    expect(hasItemprop(el(''), ['author'])).toBe(false);
  });
});

import { DomHandler, isTag, isText, type ChildNode, type Document } from 'domhandler';
import { getOuterHTML } from 'domutils';
import fc from 'fast-check';
import { Parser, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { linearizeParserStacks } from '../../src/input/linear-parser-stacks.js';
import { htmlPage } from '../arbitraries/html-grammar.js';

/**
 * The linear open-element stacks (src/input/linear-parser-stacks.ts) must build exactly
 * the tree htmlparser2 builds, shallow or deep (past the switch depth), with implied
 * closes, stray end tags, foreign content (svg/math) and self-closing tags.
 */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

function linearTree(html: string): Document {
  const handler = new DomHandler();
  linearizeParserStacks(new Parser(handler, OPTIONS)).end(html);
  return handler.root;
}

function linear(html: string): string {
  return getOuterHTML(linearTree(html));
}

/** Depth and text of a tree, walked with an explicit stack (the serializer recurses). */
function shape(root: Document): { maxDepth: number; elements: number; text: string } {
  let maxDepth = 0;
  let elements = 0;
  let text = '';
  const stack: [ChildNode, number][] = root.children.map((c) => [c, 1] as [ChildNode, number]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isText(node)) text += node.data;
    if (isTag(node)) {
      elements++;
      maxDepth = Math.max(maxDepth, depth);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
    }
  }
  return { maxDepth, elements, text };
}

const token = fc.constantFrom(
  '<div>', '</div>', '<p>', '</p>', '<svg>', '</svg>', '<math>', '</math>', '<foreignObject>', '</foreignObject>',
  '<li>', '<ul>', '</ul>', '<td>', '<tr>', '<table>', '</table>', '<b>', '</i>', '<br>', '</br>', '<option>',
  '<select>', '<path/>', '<p/>', 'текст', '<h1>', '</h2>', '<dd>', '<dt>', '<title>', '<html>', '</html>', '</body>', '<span>', '</span>',
);
const soup = fc.array(token, { maxLength: 80 }).map((t) => t.join(''));
/** Deep enough to switch to the linear stacks (> 256 open elements, or > 256 foreign contexts). */
const deepPrefix = fc.constantFrom('<div>'.repeat(300), '<svg>'.repeat(300), '<b><i>'.repeat(200), '<ul><li>'.repeat(200));

describe('linear htmlparser2 stacks', () => {
  it('build the same tree as htmlparser2 (shallow and deep pages, 3,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, soup, fc.tuple(deepPrefix, fc.oneof(soup, htmlPage), soup).map((p) => p.join(''))), (html) => {
        expect(linear(html)).toBe(getOuterHTML(parseDocument(html, OPTIONS)));
      }),
      { numRuns: 3000 },
    );
  });

  it('parse 100,000 nested elements followed by 100,000 stray end tags in linear time', () => {
    const html = `${'<div>'.repeat(100_000)}${'</span>'.repeat(100_000)}текст${'</div>'.repeat(100_000)}${'<svg>'.repeat(50_000)}`;
    const t = performance.now();
    const out = shape(linearTree(html));
    const ms = performance.now() - t;
    console.log(`linear stacks: ${html.length} chars nested 100,000 deep in ${ms.toFixed(0)} ms (htmlparser2 alone: about a minute)`);
    expect(out.text).toBe('текст');
    expect(out.elements).toBe(150_000);
    expect(out.maxDepth).toBe(100_000);
    expect(ms).toBeLessThan(15_000);
  });
});

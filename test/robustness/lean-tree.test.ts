import { DomHandler, isTag, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { getOuterHTML } from 'domutils';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { indexDocument, PageIndexer, type PageIndex } from '../../src/blocks/from-document.js';
import { isBlank } from '../../src/extract/node-text.js';
import { LeanTreeBuilder } from '../../src/input/lean-tree.js';
import { htmlPage } from '../arbitraries/html-grammar.js';

/**
 * src/input/lean-tree.ts must build exactly the tree of htmlparser2's DomHandler without
 * comments and without white-space-only text directly inside lists, tables and <head> —
 * the reference below states that rule on top of DomHandler — with every parent and
 * sibling link right and as many elements as DomHandler's tree.
 */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
const BLOCK_ONLY = new Set(['html', 'head', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'optgroup']);

class ReferenceHandler extends DomHandler {
  override oncomment(): void {}
  override oncommentend(): void {}
  override ontext(data: string): void {
    const last = this.lastNode;
    if (last === null || last.type !== 'text') {
      const parent = this.tagStack[this.tagStack.length - 1];
      if (parent !== undefined && parent.type === 'tag' && BLOCK_ONLY.has(parent.name) && isBlank(data)) return;
    }
    super.ontext(data);
  }
}

function reference(html: string): Document {
  const handler = new ReferenceHandler();
  new Parser(handler, OPTIONS).end(html);
  return handler.root;
}

function lean(html: string): { root: Document } {
  const builder = new LeanTreeBuilder();
  new Parser(builder, OPTIONS).end(html);
  return { root: builder.root };
}

/** Checks parent / prev / next of every node against the children arrays; returns the element count. */
function checkLinks(root: Document): number {
  let elements = 0;
  const stack: ParentNode[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    parent.children.forEach((child: AnyNode, i: number) => {
      expect(child.parent).toBe(parent);
      expect(child.prev).toBe(parent.children[i - 1] ?? null);
      expect(child.next).toBe(parent.children[i + 1] ?? null);
      if (isTag(child)) elements++;
      if ('children' in child) stack.push(child as ParentNode);
    });
  }
  return elements;
}

/** A page index as plain data (elements as their positions in the index). */
function indexShape(index: PageIndex): unknown {
  const pos = (el: unknown): number => index.els.indexOf(el as never);
  return {
    els: index.els.length,
    names: index.els.map((e) => e.name ?? '#root'),
    parent: [...index.parent],
    end: [...index.end],
    depth: [...index.depth],
    blockStart: [...index.blockStart],
    blockEnd: [...index.blockEnd],
    hints: index.hints,
    blocks: index.blocks.map((b) => ({ ...b, anchors: b.anchors.map(pos) })),
  };
}

const token = fc.constantFrom(
  '<div class="lead">', '</div>', '<p>', '</p>', '<ul>', '</ul>', '<li>', '<table>', '<tr>', '<td>', '</table>', '<b>', '</i>',
  '<br>', '</br>', '<!-- заметка -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', ' ', '\n  ', '&nbsp;', '&amp;',
  'Новость дня', '<script>var a = "<p>";</script>', '<style>p{}</style>', '<svg><path/></svg>', '<head>', '<title>', '</title>',
  '<select><option>1</select>', '</body>', '<img src="a.jpg">',
);
const soup = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

describe('LeanTreeBuilder', () => {
  it('builds the DomHandler tree minus comments and layout white space, links and counts right (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, soup), (html) => {
        const { root } = lean(html);
        const ref = reference(html);
        expect(getOuterHTML(root)).toBe(getOuterHTML(ref));
        expect(checkLinks(root)).toBe(checkLinks(ref));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports elements and text so that the page index built during the parse equals the one walked afterwards (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, soup), (html) => {
        const indexer = new PageIndexer(4);
        const builder = new LeanTreeBuilder(indexer);
        new Parser(builder, OPTIONS).end(html);
        const streamed = indexer.finish(builder.root);
        expect(indexShape(streamed)).toEqual(indexShape(indexDocument(builder.root)));
      }),
      { numRuns: 2000 },
    );
  });

  it('merges text split by entities and comments into one node, and keeps list-item text', () => {
    const { root } = lean('<ul>\n  <li>Мэр &laquo;Калуги&raquo;<!-- x --> ответил</li>\n</ul>');
    const ul = root.children[0]!;
    expect(isTag(ul) && ul.children.length).toBe(1);
    const li = (ul as ParentNode).children[0] as ParentNode;
    expect(li.children).toHaveLength(1);
    expect(li.children[0]).toMatchObject({ type: 'text', data: 'Мэр «Калуги» ответил' });
  });
});

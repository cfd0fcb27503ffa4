import { Document, Element, ProcessingInstruction, Text, type ChildNode, type ParentNode } from 'domhandler';
import type { TreeSink } from './html-tree-parser.js';
import { isBlank } from '../extract/node-text.js';

/** What a {@link LeanTreeBuilder} reports while it builds (the page index listens). @internal */
export interface TreeListener {
  /** An element opened; its attributes are complete. */
  open(el: Element): void;
  /** Text kept in the tree (the pieces of one text node come one by one). */
  text(data: string): void;
  /** The innermost open element closed. */
  close(): void;
}

/** Elements whose direct white-space-only text is never visible (every child is a block or a row). */
const BLOCK_ONLY_PARENTS = new Set(['html', 'head', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'optgroup']);

/**
 * Builds the same domhandler tree as htmlparser2's `DomHandler`, minus the nodes no later
 * stage reads (comments, and white-space-only text directly inside lists, tables and
 * `<head>`), and with less garbage: the children of an element are collected on one shared
 * stack and copied into an array of their exact length when it closes (DomHandler grows
 * every children array by `push`), and sibling links are set in that same step. Tells a
 * {@link TreeListener} about each element and each kept text as it goes, so that the page
 * index needs no walk of its own.
 * @internal
 */
export class LeanTreeBuilder implements TreeSink {
  /** The document; complete after the parser's `onend()`. */
  readonly root = new Document([]);
  /** Open elements, the document first. */
  private readonly open: ParentNode[] = [this.root];
  /** Where each open element's children start in {@link pending}. */
  private readonly starts: number[] = [0];
  /** Children of the open elements, collected in document order. */
  private readonly pending: ChildNode[] = [];
  /** The text node the next text event continues (none after a tag or an instruction). */
  private lastText: Text | null = null;

  constructor(private readonly listener: TreeListener | null = null) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    const el = new LeanElement(name, attribs) as unknown as Element;
    this.pending.push(el);
    this.open.push(el);
    this.starts.push(this.pending.length);
    this.lastText = null;
    this.listener?.open(el);
  }

  onclosetag(): void {
    this.lastText = null;
    if (this.open.length > 1) this.close();
  }

  ontext(data: string): void {
    if (this.lastText !== null) {
      this.lastText.data += data;
    } else {
      const parent = this.open[this.open.length - 1]!;
      if (parent.type === 'tag' && BLOCK_ONLY_PARENTS.has(parent.name) && isBlank(data)) return;
      const text = new LeanText(data) as unknown as Text;
      this.pending.push(text);
      this.lastText = text;
    }
    this.listener?.text(data);
  }

  onprocessinginstruction(name: string, data: string): void {
    this.pending.push(new ProcessingInstruction(name, data));
    this.lastText = null;
  }

  onend(): void {
    while (this.open.length > 1) this.close();
    this.root.children = this.take(this.root, 0);
  }

  /** Closes the innermost open element: its children leave the stack for an array of their own. */
  private close(): void {
    const el = this.open.pop()!;
    el.children = this.take(el, this.starts.pop()!);
    this.listener?.close();
  }

  /** The collected children from `start` on, linked to `parent` and to each other. */
  private take(parent: ParentNode, start: number): ChildNode[] {
    const pending = this.pending;
    if (start === pending.length) return NO_CHILDREN;
    const children = pending.splice(start);
    let prev: ChildNode | null = null;
    for (const node of children) {
      node.parent = parent;
      node.prev = prev;
      if (prev !== null) prev.next = node;
      prev = node;
    }
    return children;
  }
}

/**
 * The children of every element that has none, and the placeholder of an element still
 * open: one shared array, never written (no stage edits the tree).
 */
const NO_CHILDREN: ChildNode[] = [];

/**
 * A domhandler `Element` (its prototype, so every getter and `instanceof` work) with the
 * fields the library reads and no others: the source positions `startIndex` and `endIndex`
 * are left out, which saves 16 bytes on each of the ~1,000 elements of a page.
 */
class LeanElement {
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
  children: ChildNode[] = NO_CHILDREN;
  readonly type: string;
  constructor(
    readonly name: string,
    readonly attribs: Record<string, string>,
  ) {
    this.type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
  }
}
Object.setPrototypeOf(LeanElement.prototype, Element.prototype);

/**
 * A domhandler `Text` without source positions, its constant `type` on the prototype:
 * 24 bytes less on each of the ~800 text nodes of a page.
 */
class LeanText {
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
  constructor(public data: string) {}
}
Object.setPrototypeOf(LeanText.prototype, Object.create(Text.prototype, { type: { value: 'text', enumerable: true } }) as object);

import type { AnyNode, Document, Element } from 'domhandler';
import { isBlank, squash } from '../extract/node-text.js';
import { zeroed } from './scratch-arrays.js';

/** What kind of element a text block comes from. @internal */
export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'caption' | 'cell' | 'pre' | 'text';

/**
 * One run of visible text between block boundaries (a paragraph, a heading, a list
 * item, or a stretch of text in a `<div>` ended by `<br>` or a block element).
 * @internal
 */
export interface TextBlock {
  /** Position in document order. */
  order: number;
  /** The text, white space collapsed, trimmed. */
  text: string;
  /** Length of `text`. */
  len: number;
  /** Characters of `text` inside links. */
  linkLen: number;
  /** Number of links in the block. */
  links: number;
  /** Index (in {@link PageIndex.els}) of the nearest block-level element holding the text. */
  owner: number;
  kind: BlockKind;
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  /** The links (`<a href>`) whose text is part of the block. */
  anchors: Element[];
}

/**
 * A flat, index-based view of a parsed page, built in ONE iterative pass: elements in
 * pre-order (a subtree of element `i` is `i … end[i] - 1`), their parents, and the text
 * blocks in document order. Invisible content (scripts, styles, forms' controls,
 * `hidden` / `display:none` elements) is left out.
 * @internal
 */
export interface PageIndex {
  document: Document;
  /** Elements in pre-order; index 0 is the synthetic root (the document). */
  els: Element[];
  /** Parent index of each element (-1 for the root). */
  parent: Int32Array;
  /** Exclusive end of each element's subtree in pre-order. */
  end: Int32Array;
  /** Depth of each element (root = 0). */
  depth: Int32Array;
  /** Text blocks in document order. */
  blocks: TextBlock[];
  /** Element → index, filled by {@link indexOfElement} from its second question on. */
  elementIndex: Map<Element, number> | null;
  /** First block (in {@link blocks}) produced inside each element. */
  blockStart: Int32Array;
  /** End (exclusive) of the blocks produced inside each element. */
  blockEnd: Int32Array;
  /** Per element: its lower-cased class, id and itemprop (see `hintOf`), '' when it has none. */
  hints: string[];
  /** Prefix sums of block lengths: text length of blocks `a … b-1` is `lenSum[b] - lenSum[a]`. */
  lenSum: Float64Array;
  /** Prefix sums of block link-text lengths. */
  linkSum: Float64Array;
}

/** Text length of the blocks inside element `i`. @internal */
export function textLenOf(index: PageIndex, i: number): number {
  return index.lenSum[index.blockEnd[i]!]! - index.lenSum[index.blockStart[i]!]!;
}

/** Link-text length of the blocks inside element `i`. @internal */
export function linkLenOf(index: PageIndex, i: number): number {
  return index.linkSum[index.blockEnd[i]!]! - index.linkSum[index.blockStart[i]!]!;
}

/**
 * The visible text of an element (for short elements such as links), collected
 * iteratively and cut at `max` characters.
 * @internal
 */
export function elementText(el: Element, max = 2000): string {
  const out: string[] = [];
  let total = 0;
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && total < max) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      out.push(data);
      total += data.length;
    } else if (node.type === 'tag') {
      const e = node as Element;
      if (e !== el && (SKIP.has(e.name) || isHiddenElement(e))) continue;
      if (e.name === 'br') out.push(' ');
      for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
    }
  }
  const text = squash(out.join(''));
  return text.length > max ? text.slice(0, max) : text;
}

/** Elements whose content is never visible text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head', 'title',
  'select', 'option', 'optgroup', 'button', 'textarea', 'input', 'canvas', 'video', 'audio', 'map', 'meta', 'link',
  'frameset', 'frame', 'datalist', 'dialog',
]);

/** Elements that start a new text block. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'dl', 'br', 'img', 'picture',
]);

/** Block element name → block kind (a Map: looked up by a key that varies, which V8 serves better than an object). */
const KIND: ReadonlyMap<string, BlockKind> = new Map(
  Object.entries({
    p: 'p', li: 'li', dd: 'li', dt: 'li', blockquote: 'quote', figcaption: 'caption', caption: 'caption',
    td: 'cell', th: 'cell', pre: 'pre', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  } as const),
);

/** Inline widgets inside paragraphs (comment counters, share buttons): not text. */
const INLINE_WIDGET = /comment|counter|share|rating|views|likes/;
const INLINE_TAGS = new Set(['a', 'span', 'i', 'b', 'sup', 'sub', 'em', 'small', 'ins', 'font']);

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** @internal */
export function isHiddenElement(el: Element): boolean {
  const a = el.attribs;
  for (const key in a) if (hidesElement(key, a[key]!, el.name)) return true;
  return false;
}

/** True when the attribute `key` = `value` hides a `name` element: `hidden`, `aria-hidden="true"` (not on a span), `display:none` / `visibility:hidden`. */
function hidesElement(key: string, value: string, name: string): boolean {
  if (key === 'hidden') return true;
  if (key === 'aria-hidden') return value === 'true' && name !== 'span';
  return key === 'style' && value.length < 2000 && HIDDEN_STYLE.test(value);
}

/**
 * Builds the {@link PageIndex} while the tree is being built: the tree builder reports
 * each element as it opens, each piece of text it keeps, and each close
 * ({@link PageIndexer.open}, {@link PageIndexer.text}, {@link PageIndexer.close}), so the
 * index costs no walk of its own and reads each element while it is still fresh in the
 * CPU's caches. Its stacks are explicit: any nesting depth is safe.
 * @internal
 */
export class PageIndexer {
  private cap: number;
  private readonly els: Element[];
  private readonly hints: string[];
  private parents: Int32Array;
  private depths: Int32Array;
  private ends: Int32Array;
  private blockStart: Int32Array;
  private blockEnd: Int32Array;
  private count = 1;
  private readonly blocks: TextBlock[] = [];

  // The current inline run: its text and the part of it inside links, as they come
  // (one piece, the common case, is kept as is).
  private run = '';
  private linkRun = '';
  private anchors: Element[] = NO_ANCHORS;
  private links = 0;
  private runOwner = 0;
  private linkDepth = 0;
  private currentLink: Element | null = null;
  private owner = 0;

  // Open indexed elements, as parallel arrays (no object per element): element index,
  // block owner before, and flags (1 = block, 2 = link). The document is frame 0.
  private readonly stackIdx: number[] = [0];
  private readonly stackOwnerBefore: number[] = [0];
  private readonly stackFlags: number[] = [1];
  /** Open elements inside a left-out element (scripts, hidden boxes, widgets), the left-out one included. */
  private skipDepth = 0;

  /** @param capacity expected number of elements (the arrays grow past it when needed). */
  constructor(capacity: number) {
    this.cap = Math.max(16, capacity + 1);
    // Sized once (and doubled when a page has more elements): growing by push made most of this stage's garbage.
    this.els = new Array<Element>(this.cap);
    this.hints = new Array<string>(this.cap);
    this.parents = zeroed(Int32Array, this.cap);
    this.depths = zeroed(Int32Array, this.cap);
    this.ends = zeroed(Int32Array, this.cap);
    this.blockStart = zeroed(Int32Array, this.cap);
    this.blockEnd = zeroed(Int32Array, this.cap);
    this.parents[0] = -1;
    this.hints[0] = '';
  }

  /** An element opens (its attributes are complete, its children are still to come). */
  open(el: Element): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const name = el.name;
    // Scripts and styles (their own node types), and elements whose content is never text.
    if (el.type !== 'tag' || SKIP.has(name)) {
      this.skipDepth = 1;
      return;
    }
    // One pass over the attributes (a for-in reads them by the object's own layout) instead
    // of a lookup per attribute: attribute objects come in many shapes, and a lookup by name
    // on them is a slow, cache-dependent path.
    let cls = '';
    let id = '';
    let itemprop = '';
    let href: string | undefined;
    let hidden = false;
    const attribs = el.attribs;
    for (const key in attribs) {
      const value = attribs[key]!;
      if (key === 'class') cls = value;
      else if (key === 'id') id = value;
      else if (key === 'itemprop') itemprop = value;
      else if (key === 'href') href = value;
      else if (hidesElement(key, value, name)) hidden = true;
    }
    if (hidden || (cls !== '' && INLINE_TAGS.has(name) && INLINE_WIDGET.test(cls))) {
      this.skipDepth = 1;
      return;
    }
    if (name === 'br' || name === 'hr') {
      this.flush();
      this.skipDepth = 1;
      return;
    }
    if (this.count === this.cap) this.grow();
    const top = this.stackIdx.length - 1;
    const parentIdx = this.stackIdx[top]!;
    const idx = this.count++;
    this.els[idx] = el;
    this.parents[idx] = parentIdx;
    this.depths[idx] = this.depths[parentIdx]! + 1;
    this.ends[idx] = idx + 1;
    this.hints[idx] = hintOf(cls, id, itemprop);
    const isBlock = BLOCK.has(name);
    const isLink = name === 'a' && href !== undefined;
    if (isBlock) this.flush();
    this.blockStart[idx] = this.blocks.length;
    this.blockEnd[idx] = this.blocks.length;
    if (isLink) {
      this.linkDepth++;
      this.links++;
      if (this.linkDepth === 1) this.currentLink = el;
    }
    this.stackIdx.push(idx);
    this.stackOwnerBefore.push(this.owner);
    this.stackFlags.push((isBlock ? 1 : 0) | (isLink ? 2 : 0));
    if (isBlock) {
      this.owner = idx;
      this.runOwner = idx;
    }
  }

  /** Text the tree keeps (consecutive pieces of one text node may come one by one). */
  text(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.run === '') {
      if (isBlank(data)) return;
      this.runOwner = this.owner;
    }
    this.run += data;
    if (this.linkDepth > 0) {
      this.linkRun += data;
      const anchors = this.anchors;
      if (this.currentLink !== null && anchors[anchors.length - 1] !== this.currentLink) {
        if (anchors === NO_ANCHORS) this.anchors = [this.currentLink];
        else anchors.push(this.currentLink);
      }
    }
  }

  /** The innermost open element closes. */
  close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const frameIdx = this.stackIdx.pop()!;
    const flags = this.stackFlags.pop()!;
    const ownerBefore = this.stackOwnerBefore.pop()!;
    this.ends[frameIdx] = this.count;
    if (flags & 1) {
      this.flush();
      this.owner = ownerBefore;
      this.runOwner = ownerBefore;
    }
    this.blockEnd[frameIdx] = this.blocks.length + (flags & 1 ? 0 : this.run !== '' ? 1 : 0);
    if (flags & 2) {
      this.linkDepth--;
      if (this.linkDepth === 0) this.currentLink = null;
    }
  }

  /** The index of `document`, once every element has closed. */
  finish(document: Document): PageIndex {
    this.flush();
    const count = this.count;
    const blocks = this.blocks;
    this.els[0] = document as unknown as Element;
    this.ends[0] = count;
    this.blockEnd[0] = blocks.length;
    this.els.length = count;
    this.hints.length = count;
    const lenSum = zeroed(Float64Array, blocks.length + 1);
    const linkSum = zeroed(Float64Array, blocks.length + 1);
    for (let k = 0; k < blocks.length; k++) {
      lenSum[k + 1] = lenSum[k]! + blocks[k]!.len;
      linkSum[k + 1] = linkSum[k]! + blocks[k]!.linkLen;
    }
    return {
      document,
      els: this.els,
      parent: this.parents.subarray(0, count),
      end: this.ends.subarray(0, count),
      depth: this.depths.subarray(0, count),
      blocks,
      elementIndex: null,
      hints: this.hints,
      blockStart: this.blockStart.subarray(0, count),
      blockEnd: this.blockEnd.subarray(0, count),
      lenSum,
      linkSum,
    };
  }

  /** Ends the current inline run: one text block, unless it is white space only. */
  private flush(): void {
    if (this.run === '') return;
    const text = squash(this.run);
    if (text !== '') {
      const linkText = squash(this.linkRun);
      const name = this.runOwner === 0 ? '' : this.els[this.runOwner]!.name;
      const kind = KIND.get(name) ?? 'text';
      this.blocks.push({
        order: this.blocks.length,
        text,
        len: text.length,
        linkLen: Math.min(linkText.length, text.length),
        // A block inside an enclosing link (a whole teaser card wrapped in <a>) counts that link too.
        links: Math.max(this.links, this.anchors.length),
        owner: this.runOwner,
        kind,
        level: kind === 'heading' ? name.charCodeAt(1) - 48 : 0,
        anchors: this.anchors,
      });
    }
    this.run = '';
    this.linkRun = '';
    this.anchors = NO_ANCHORS;
    this.links = 0;
  }

  private grow(): void {
    this.cap *= 2;
    const bigger = (a: Int32Array): Int32Array => {
      const b = zeroed(Int32Array, this.cap);
      b.set(a);
      return b;
    };
    this.parents = bigger(this.parents);
    this.depths = bigger(this.depths);
    this.ends = bigger(this.ends);
    this.blockStart = bigger(this.blockStart);
    this.blockEnd = bigger(this.blockEnd);
  }
}

/** Elements a walked tree's index starts with room for (its arrays double as needed). */
const INITIAL_CAPACITY = 256;

/**
 * The {@link PageIndex} of an already built tree (the parse builds it on the way; this
 * walks the tree for callers that have only the tree).
 * @internal
 */
export function indexDocument(document: Document): PageIndex {
  const indexer = new PageIndexer(INITIAL_CAPACITY);
  // Explicit stack of [node, children visited]: any depth is safe.
  const stack: AnyNode[] = [];
  const entered: boolean[] = [];
  for (let i = document.children.length - 1; i >= 0; i--) {
    stack.push(document.children[i]!);
    entered.push(false);
  }
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (entered[entered.length - 1]) {
      stack.pop();
      entered.pop();
      indexer.close();
      continue;
    }
    if (node.type === 'text') {
      stack.pop();
      entered.pop();
      indexer.text(node.data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') {
      stack.pop();
      entered.pop();
      continue;
    }
    entered[entered.length - 1] = true;
    indexer.open(node as Element);
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!);
      entered.push(false);
    }
  }
  return indexer.finish(document);
}

/** The `class`, `id` and `itemprop` of an element, lower-cased, for hint matching (long attributes cut): the `hints` of the page index. */
function hintOf(cls: string, id: string, itemprop: string): string {
  // Most elements have a class and nothing else: no joined copy then (lower-casing a lower-case string copies nothing either).
  const s = id === '' && itemprop === '' ? cls : `${cls} ${id} ${itemprop}`;
  const cut = s.length > 300 ? s.slice(0, 300) : s;
  // Lower-casing a page's (two-byte) string copies it even when nothing changes.
  return HAS_UPPER.test(cut) ? cut.toLowerCase() : cut;
}

/** Any character that lower-casing may change: Latin capitals, and everything beyond ASCII. */
const HAS_UPPER = /[A-Z\u0080-\uffff]/;

/** The shared (never written) anchor list of the many blocks without links. */
const NO_ANCHORS: Element[] = [];

/**
 * The index of `el` in the page index, or undefined when it is not indexed (hidden,
 * skipped). Most pages ask once (the headline element): a scan; from the second question
 * on (site-rule selections, any number of them) a map.
 * @internal
 */
export function indexOfElement(index: PageIndex, el: Element): number | undefined {
  if (index.elementIndex === null) {
    index.elementIndex = new Map();
    const i = index.els.indexOf(el, 1);
    return i === -1 ? undefined : i;
  }
  if (index.elementIndex.size === 0) for (let i = 1; i < index.els.length; i++) index.elementIndex.set(index.els[i]!, i);
  return index.elementIndex.get(el);
}

import type { AnyNode, Document, Element } from 'domhandler';
import { isBlank, squash } from '../extract/node-text.js';

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
  /** Per element: its lower-cased class, id and itemprop (see {@link hintString}), '' when it has none. */
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
 * Builds the {@link PageIndex} of a parsed document, iteratively (no recursion, so any
 * nesting depth is safe).
 * @internal
 */
export function indexDocument(document: Document, elements = countElements(document)): PageIndex {
  // Every array sized once (the element count is known from the parse): growing them by
  // push made most of this stage's garbage.
  const cap = elements + 1;
  const els: Element[] = new Array<Element>(cap);
  const hints: string[] = new Array<string>(cap);
  const parents = new Int32Array(cap);
  const depths = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const blockStart = new Int32Array(cap);
  const blockEnd = new Int32Array(cap);
  els[0] = document as unknown as Element;
  hints[0] = '';
  parents[0] = -1;
  let count = 1;
  const blocks: TextBlock[] = [];

  // Current inline run.
  const pieces: string[] = [];
  const linkPieces: string[] = [];
  let anchors: Element[] = NO_ANCHORS;
  let links = 0;
  let runOwner = 0;
  let linkDepth = 0;

  const flush = (): void => {
    if (pieces.length === 0) return;
    const text = squash(pieces.length === 1 ? pieces[0]! : pieces.join(''));
    if (text !== '') {
      const linkText = linkPieces.length === 0 ? '' : squash(linkPieces.length === 1 ? linkPieces[0]! : linkPieces.join(''));
      const ownerEl = els[runOwner]!;
      const name = ownerEl.name ?? '';
      const kind = KIND.get(name) ?? 'text';
      blocks.push({
        order: blocks.length,
        text,
        len: text.length,
        linkLen: Math.min(linkText.length, text.length),
        // A block inside an enclosing link (a whole teaser card wrapped in <a>) counts that link too.
        links: Math.max(links, anchors.length),
        owner: runOwner,
        kind,
        level: kind === 'heading' ? name.charCodeAt(1) - 48 : 0,
        anchors,
      });
    }
    pieces.length = 0;
    linkPieces.length = 0;
    anchors = NO_ANCHORS;
    links = 0;
  };

  // Explicit stack, as parallel arrays (no object per element): children, next child,
  // element index, block owner before, and flags (1 = block, 2 = link).
  let currentLink: Element | null = null;
  const stackChildren: AnyNode[][] = [document.children];
  const stackNext: number[] = [0];
  const stackIdx: number[] = [0];
  const stackOwnerBefore: number[] = [0];
  const stackFlags: number[] = [1];
  let top = 0;
  let owner = 0;
  while (top >= 0) {
    const children = stackChildren[top]!;
    const at = stackNext[top]!;
    if (at >= children.length) {
      const frameIdx = stackIdx[top]!;
      const flags = stackFlags[top]!;
      const ownerBefore = stackOwnerBefore[top]!;
      top--;
      ends[frameIdx] = count;
      if (flags & 1) {
        flush();
        owner = ownerBefore;
        runOwner = owner;
      }
      blockEnd[frameIdx] = blocks.length + (flags & 1 ? 0 : pieces.length > 0 ? 1 : 0);
      if (flags & 2) {
        linkDepth--;
        if (linkDepth === 0) currentLink = null;
      }
      continue;
    }
    stackNext[top] = at + 1;
    const node = children[at]!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (pieces.length === 0) {
        if (isBlank(data)) continue;
        runOwner = owner;
      }
      pieces.push(data);
      if (linkDepth > 0) {
        linkPieces.push(data);
        if (currentLink !== null && anchors[anchors.length - 1] !== currentLink) {
          if (anchors === NO_ANCHORS) anchors = [];
          anchors.push(currentLink);
        }
      }
      continue;
    }
    if (node.type !== 'tag') continue; // script, style, comment, directive, cdata
    const el = node as Element;
    const name = el.name;
    if (SKIP.has(name)) continue;
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
    if (hidden) continue;
    if (cls !== '' && INLINE_TAGS.has(name) && INLINE_WIDGET.test(cls)) continue;
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    const parentIdx = stackIdx[top]!;
    const idx = count++;
    els[idx] = el;
    parents[idx] = parentIdx;
    depths[idx] = depths[parentIdx]! + 1;
    ends[idx] = idx + 1;
    hints[idx] = hintOf(cls, id, itemprop);
    const isBlock = BLOCK.has(name);
    const isLink = name === 'a' && href !== undefined;
    if (isBlock) flush();
    blockStart[idx] = blocks.length;
    blockEnd[idx] = blocks.length;
    if (isLink) {
      linkDepth++;
      links++;
      if (linkDepth === 1) currentLink = el;
    }
    top++;
    stackChildren[top] = el.children;
    stackNext[top] = 0;
    stackIdx[top] = idx;
    stackOwnerBefore[top] = owner;
    stackFlags[top] = (isBlock ? 1 : 0) | (isLink ? 2 : 0);
    if (isBlock) {
      owner = idx;
      runOwner = idx;
    }
  }
  flush();
  ends[0] = count;
  blockEnd[0] = blocks.length;
  els.length = count;
  hints.length = count;
  const lenSum = new Float64Array(blocks.length + 1);
  const linkSum = new Float64Array(blocks.length + 1);
  for (let k = 0; k < blocks.length; k++) {
    lenSum[k + 1] = lenSum[k]! + blocks[k]!.len;
    linkSum[k + 1] = linkSum[k]! + blocks[k]!.linkLen;
  }

  return {
    document,
    els,
    parent: parents.subarray(0, count),
    end: ends.subarray(0, count),
    depth: depths.subarray(0, count),
    blocks,
    elementIndex: null,
    hints,
    blockStart: blockStart.subarray(0, count),
    blockEnd: blockEnd.subarray(0, count),
    lenSum,
    linkSum,
  };
}

/** Number of elements under `root` (iterative). */
function countElements(root: Document): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style' || node.type === 'root') {
      if (node.type !== 'root') n++;
      for (const child of (node as Element).children) stack.push(child);
    }
  }
  return n;
}

/** The `class` and `id` of an element, lower-cased, for hint matching (long attributes cut): the `hints` of the page index. @internal */
export function hintString(attribs: Record<string, string>): string {
  return hintOf(attribs.class ?? '', attribs.id ?? '', attribs.itemprop ?? '');
}

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

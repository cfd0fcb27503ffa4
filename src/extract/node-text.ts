import { decodeHTMLStrict } from 'entities/decode';
import type { AnyNode, Element } from 'domhandler';

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'figcaption', 'dt', 'dd']);

/**
 * The visible text of a node, block boundaries and `<br>` as spaces, scripts and styles
 * skipped, at most `limit` characters (iterative: safe at any depth).
 * @internal
 */
export function nodeText(node: AnyNode, limit = 4000): string {
  let out = '';
  walkText(node, (text) => (out += text).length < limit);
  return out.slice(0, limit);
}

/**
 * Hands `visit` the visible text under `node` in document order, a space for the start of
 * each block element and `<br>`, until `visit` returns false. Walks the sibling and parent
 * links: no stack to grow, however wide or deep the element.
 */
function walkText(node: AnyNode, visit: (text: string) => boolean): void {
  let n: AnyNode = node;
  for (;;) {
    let first: AnyNode | undefined;
    if (n.type === 'text') {
      if (!visit(n.data)) return;
    } else if (n.type === 'root' || (n.type === 'tag' && !NO_TEXT.has(n.name))) {
      if (n.type === 'tag' && BREAKS.has(n.name) && !visit(' ')) return;
      first = (n as Element).children[0];
    }
    if (first !== undefined) {
      n = first;
      continue;
    }
    while (n !== node && n.next === null) n = n.parent!;
    if (n === node) return;
    n = n.next!;
  }
}

/** Collapses white space (NBSP included) and trims. @internal */
export function squash(text: string): string {
  // Trimmed first: most texts only need that, and a slice of the page copies nothing.
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const inner = from === 0 && to === text.length ? text : text.slice(from, to);
  return INNER_NEEDS_SQUASH.test(inner) ? inner.replace(SPACE_RUN, ' ') : inner;
}

/**
 * The lower-cased, white-space separated words of an attribute value (`rel`, `itemprop`, a
 * meta key). Most values are one word, and get no regex split (which allocates). @internal
 */
export function lowerWords(text: string): string[] {
  const lower = text.toLowerCase();
  return SPACE.test(lower) ? lower.split(SPACES).filter((t) => t !== '') : lower === '' ? [] : [lower];
}

const SPACE = /\s/u;
const SPACES = /\s+/u;

/** True when `text` is empty or white space only (what `String#trim` would empty). @internal */
export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

const NOT_BLANK = /\S/;
/** A run of white space (`\s`, and the zero-width space). */
const SPACE_RUN = /[\s\u200b]+/g;
/** White space inside a trimmed text that {@link squash} must rewrite: any but a lone space. */
const INNER_NEEDS_SQUASH = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** `squash(nodeText(node, limit))`. @internal */
export function cleanText(node: AnyNode, limit = 4000): string {
  return squash(nodeText(node, limit));
}

/**
 * `cleanText(node, limit).length`, counted as the text is walked instead of built: for
 * the questions that only need to know how much text a (large) element holds.
 * @internal
 */
export function cleanTextLength(node: AnyNode, limit = 4000): number {
  let length = 0;
  /** Raw characters seen, as `nodeText` counts them before it cuts at `limit`. */
  let raw = 0;
  /** White space seen since the last visible character (it counts once, if more text follows). */
  let pendingSpace = false;
  walkText(node, (text) => {
    const n = Math.min(text.length, limit - raw);
    for (let i = 0; i < n; i++) {
      if (isSpace(text.charCodeAt(i))) {
        pendingSpace = length > 0;
      } else {
        if (pendingSpace) length++;
        pendingSpace = false;
        length++;
      }
    }
    raw += text.length;
    return raw < limit;
  });
  return length;
}

/** True for what {@link squash} collapses: `\s` and the zero-width space. */
function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The node after `node` in document order, skipping `node`'s own subtree when
 * `skipChildren` is set; null at the end of the document.
 * @internal
 */
export function nextInOrder(node: AnyNode, skipChildren: boolean): AnyNode | null {
  if (!skipChildren && (node.type === 'tag' || node.type === 'root') && (node as Element).children.length > 0) {
    return (node as Element).children[0]!;
  }
  let cur: AnyNode | null = node;
  while (cur !== null) {
    if (cur.next !== null) return cur.next;
    cur = cur.parent;
  }
  return null;
}

/** The node before `node` in document order (deepest last descendant of the previous sibling, else the parent). @internal */
export function prevInOrder(node: AnyNode): AnyNode | null {
  let cur = node.prev;
  if (cur === null) return node.parent;
  while ((cur.type === 'tag' || cur.type === 'root') && (cur as Element).children.length > 0) {
    const kids: AnyNode[] = (cur as Element).children;
    cur = kids[kids.length - 1]!;
  }
  return cur;
}

/** True when `node` lies inside an element for which `test` holds, looking at most `depth` levels up. @internal */
export function hasAncestor(node: AnyNode, test: (el: Element) => boolean, depth = 64): boolean {
  return node.parent !== null && closest(node.parent, test, depth - 1) !== null;
}

/** The nearest ancestor (or `node` itself) for which `test` holds, at most `depth` levels up. @internal */
export function closest(node: AnyNode, test: (el: Element) => boolean, depth = 64): Element | null {
  let cur: AnyNode | null = node;
  for (let i = 0; cur !== null && i <= depth; i++) {
    if (cur.type === 'tag' && test(cur as Element)) return cur as Element;
    cur = cur.parent;
  }
  return null;
}

/** True when `inner` is `outer` or lies inside it (walks up from `inner`, bounded). @internal */
export function contains(outer: AnyNode, inner: AnyNode, depth = 4096): boolean {
  let cur: AnyNode | null = inner;
  for (let i = 0; cur !== null && i <= depth; i++) {
    if (cur === outer) return true;
    cur = cur.parent;
  }
  return false;
}

/** Lower-cased `class` + `id` of an element, for hint matching. @internal */
export function classAndId(el: Element): string {
  const c = el.attribs.class;
  const id = el.attribs.id;
  return c === undefined && id === undefined ? '' : `${c ?? ''} ${id ?? ''}`.toLowerCase();
}

const TAG = /<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?>/giu;
/**
 * Metadata text as plain text: character references decoded once more (`&quot;`,
 * `&#171;`: CMSs often escape JSON-LD and meta values twice), as HTML defines them, with
 * the terminating semicolon required; markup removed, white space collapsed.
 * @internal
 */
export function plainText(text: string): string {
  let s = text;
  if (s.includes('&')) s = decodeHTMLStrict(s);
  if (s.includes('<')) s = s.replace(TAG, ' ');
  return squash(s);
}

import type { AnyNode, Document, Element } from 'domhandler';

/** One `<meta>` value: `property`, `name`, `itemprop` or `http-equiv` → `content`. @internal */
export interface MetaEntry {
  content: string;
  element: Element;
}

/**
 * What the metadata extractor needs from a page, gathered in one walk over the tree
 * (explicit stack, any depth) so that no later step rescans the whole document.
 * @internal
 */
export interface MetadataIndex {
  /** Meta values by lower-cased key (`og:title`, `article:published_time`, `author`, `datepublished`, …), in page order. */
  metas: Map<string, MetaEntry[]>;
  /** `<link>` and `<a>` elements with a `rel`, with the lower-cased rel tokens. */
  rels: { rel: string[]; element: Element }[];
  /** Text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Text of the document's `<title>` (not an SVG `<title>`), or null. */
  headTitle: string | null;
  /** `h1`–`h3` elements in page order. */
  headings: Element[];
  /** Non-`<meta>` elements carrying an `itemprop`, in page order. */
  itemprops: Element[];
  /** `<time>` elements in page order. */
  times: Element[];
  /** `<figure>` elements in page order. */
  figures: Element[];
  /** `<a>` elements whose href looks like a tag page or that sit in a tag box. */
  tagLinks: Element[];
  /** Elements whose class or id says they hold a byline. */
  bylines: Element[];
  /** `<article>` elements and elements with `itemprop="articleBody"`, in page order. */
  articles: Element[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/**
 * Walks the tree once and indexes the elements the metadata extractor reads.
 * @internal
 */
export function indexMetadata(doc: Document, hints: { tagClass: readonly string[]; tagUrl: readonly string[]; authorClass: readonly string[] }): MetadataIndex {
  const index: MetadataIndex = {
    metas: new Map(),
    rels: [],
    jsonLd: [],
    headTitle: null,
    headings: [],
    itemprops: [],
    times: [],
    figures: [],
    tagLinks: [],
    bylines: [],
    articles: [],
  };
  const tagClass = anyOf(hints.tagClass);
  const tagUrl = anyOf(hints.tagUrl);
  const authorClass = anyOf(hints.authorClass);
  // Two parallel stacks: the node, and whether it sits inside a tag box.
  const stack: AnyNode[] = [];
  const inTagBox: boolean[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) {
    stack.push(doc.children[i]!);
    inTagBox.push(false);
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    const inTags = inTagBox.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    const attribs = el.attribs;
    switch (name) {
      case 'meta': {
        const content = attribs.content;
        if (content !== undefined) {
          for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
            const key = attribs[keyAttr];
            if (key === undefined) continue;
            for (const k of key.toLowerCase().split(/\s+/u)) {
              if (k === '') continue;
              let list = index.metas.get(k);
              if (list === undefined) index.metas.set(k, (list = []));
              list.push({ content, element: el });
            }
          }
        }
        if (attribs.itemprop !== undefined) index.itemprops.push(el);
        continue;
      }
      case 'script':
        if ((attribs.type ?? '').toLowerCase().includes('ld+json')) index.jsonLd.push(rawText(el));
        continue;
      case 'title':
        if (index.headTitle === null) index.headTitle = rawText(el);
        continue;
      case 'link':
        if (attribs.rel !== undefined) index.rels.push({ rel: relTokens(attribs.rel), element: el });
        continue;
      default:
        break;
    }
    if (SKIP.has(name)) continue;
    if (name === 'h1' || name === 'h2' || name === 'h3') index.headings.push(el);
    else if (name === 'time') index.times.push(el);
    else if (name === 'figure') index.figures.push(el);
    else if (name === 'article') index.articles.push(el);
    if (attribs.itemprop !== undefined) {
      index.itemprops.push(el);
      if (/(?:^|\s)articlebody(?:\s|$)/iu.test(attribs.itemprop)) index.articles.push(el);
    }
    const hint = attribs.class === undefined && attribs.id === undefined ? '' : `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
    const tagBox = inTags || (hint.length > 1 && tagClass.test(hint));
    if (name === 'a') {
      if (attribs.rel !== undefined) index.rels.push({ rel: relTokens(attribs.rel), element: el });
      const href = (attribs.href ?? '').toLowerCase();
      if (tagBox || /(?:^|\s)tag(?:\s|$)/u.test(attribs.rel ?? '') || (href !== '' && tagUrl.test(href))) index.tagLinks.push(el);
    } else if (hint.length > 1 && authorClass.test(hint)) {
      index.bylines.push(el);
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!);
      inTagBox.push(tagBox);
    }
  }
  return index;
}

/** One regex matching any of the (lower-case, literal) fragments. */
function anyOf(fragments: readonly string[]): RegExp {
  return new RegExp(fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'), 'u');
}

function relTokens(rel: string): string[] {
  return rel.toLowerCase().split(/\s+/u).filter((t) => t !== '');
}

/** The text of an element's direct text children (scripts, titles). */
function rawText(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text' || c.type === 'cdata') s += c.type === 'text' ? c.data : '';
  if (s === '') {
    for (const c of el.children) if (c.type === 'cdata') for (const t of c.children) if (t.type === 'text') s += t.data;
  }
  return s;
}

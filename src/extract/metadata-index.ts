import type { AnyNode, Document, Element } from 'domhandler';
import { runPlannedTests, type TestPlan } from '../sites/select.js';
import { literalRegex } from './boilerplate.js';
import { lowerWords } from './node-text.js';

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
  /**
   * Per selector of the plan passed to {@link indexMetadata}: the first element it matched
   * (in page order, anywhere in the page), or an empty list.
   */
  found: Element[][];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);
const ARTICLE_BODY = /(?:^|\s)articlebody(?:\s|$)/iu;
const REL_TAG = /(?:^|\s)tag(?:\s|$)/u;

/** Class / id / URL fragments the index looks for, each list compiled into one regex. @internal */
export interface MetadataHints {
  tagClass: RegExp;
  tagUrl: RegExp;
  authorClass: RegExp;
}

/**
 * Compiles hint fragment lists (lower-case literals) for {@link indexMetadata}; call once at module level.
 * @internal
 */
export function compileMetadataHints(hints: { tagClass: readonly string[]; tagUrl: readonly string[]; authorClass: readonly string[] }): MetadataHints {
  // None of the fragments holds a space, so testing `class` and `id` apart equals testing "class id" lower-cased, without building it.
  return { tagClass: literalRegex(hints.tagClass, 'iu'), tagUrl: literalRegex(hints.tagUrl, 'iu'), authorClass: literalRegex(hints.authorClass, 'iu') };
}

/**
 * Walks the tree once and indexes the elements the metadata extractor reads.
 * @internal
 */
export function indexMetadata(doc: Document, hints: MetadataHints, plan: TestPlan | null = null): MetadataIndex {
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
    found: plan === null ? [] : plan.tests.map(() => []),
  };
  // The planned selectors (site-rule fingerprints, head links) ride along this walk instead of a walk of their own.
  const pending = plan === null ? [] : plan.tests.slice();
  let open = pending.filter((t) => t !== null).length;
  const { tagClass, tagUrl, authorClass } = hints;
  // Parallel stacks: the element, whether it sits inside a tag box, and whether it sits
  // inside an element never indexed (script, svg, …: walked only for the tests). Only
  // elements are pushed (text and comments are most of the nodes and are never indexed).
  const stack: Element[] = [];
  const inTagBox: boolean[] = [];
  const inSkipped: boolean[] = [];
  /** Pushes the element children (tags, scripts, styles) in reverse, so that they pop in page order. */
  const pushElements = (children: readonly AnyNode[], tagBox: boolean, skipped: boolean): void => {
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i]!;
      if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style') continue;
      stack.push(c as Element);
      inTagBox.push(tagBox);
      inSkipped.push(skipped);
    }
  };
  pushElements(doc.children, false, false);
  while (stack.length > 0) {
    const el = stack.pop()!;
    const inTags = inTagBox.pop()!;
    const skipped = inSkipped.pop()!;
    if (open > 0) open -= runPlannedTests(el, plan!, pending, index.found);
    if (skipped) {
      if (open > 0) pushElements(el.children, false, true);
      continue;
    }
    const name = el.name;
    const attribs = el.attribs;
    switch (name) {
      case 'meta': {
        const content = attribs.content;
        if (content !== undefined) {
          for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
            const key = attribs[keyAttr];
            if (key === undefined) continue;
            for (const k of lowerWords(key)) {
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
        if (attribs.rel !== undefined) index.rels.push({ rel: lowerWords(attribs.rel), element: el });
        continue;
      default:
        break;
    }
    if (SKIP.has(name)) {
      if (open > 0) pushElements(el.children, false, true);
      continue;
    }
    if (name === 'h1' || name === 'h2' || name === 'h3') index.headings.push(el);
    else if (name === 'time') index.times.push(el);
    else if (name === 'figure') index.figures.push(el);
    else if (name === 'article') index.articles.push(el);
    // One for-in pass over the attributes instead of a lookup per name (see PageIndexer.open).
    let itemprop: string | undefined;
    let cls: string | undefined;
    let id: string | undefined;
    let rel: string | undefined;
    let href = '';
    for (const key in attribs) {
      const value = attribs[key]!;
      if (key === 'class') cls = value;
      else if (key === 'id') id = value;
      else if (key === 'itemprop') itemprop = value;
      else if (key === 'rel') rel = value;
      else if (key === 'href') href = value;
    }
    if (itemprop !== undefined) {
      index.itemprops.push(el);
      if (ARTICLE_BODY.test(itemprop)) index.articles.push(el);
    }
    const tagBox = inTags || hintIn(tagClass, cls, id);
    if (name === 'a') {
      if (rel !== undefined) index.rels.push({ rel: lowerWords(rel), element: el });
      if (tagBox || (rel !== undefined && REL_TAG.test(rel)) || (href !== '' && tagUrl.test(href))) index.tagLinks.push(el);
    } else if (hintIn(authorClass, cls, id)) {
      index.bylines.push(el);
    }
    pushElements(el.children, tagBox, false);
  }
  return index;
}

/** True when the class or the id holds one of the fragments of `hints`. */
function hintIn(hints: RegExp, cls: string | undefined, id: string | undefined): boolean {
  return (cls !== undefined && cls.length > 1 && hints.test(cls)) || (id !== undefined && id.length > 1 && hints.test(id));
}

/** The text of an element's direct text children (scripts, titles). */
function rawText(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += c.data;
  return s;
}

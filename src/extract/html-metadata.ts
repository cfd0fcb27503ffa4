import type { Document, Element } from 'domhandler';
import type { ParseContext } from '../options.js';
import type { ArticleDraft } from './article-draft.js';
import type { SiteRules } from '../sites/define-site-rules.js';
import { hostOf } from '../sites/resolve-site.js';
import { extractAuthors } from './authors.js';
import { extractImages, absolute } from './images.js';
import { collectLdNodes, type LdNode, ldObject, ldString, ldTypes, parseJsonLd } from './json-ld.js';
import type { TestPlan } from '../sites/select.js';
import { compileMetadataHints, indexMetadata, type MetadataIndex } from './metadata-index.js';
import { ARTICLE_TYPES, AUTHOR_CLASS_HINTS, ORGANIZATION_TYPES, PAGE_TYPES, TAG_CLASS_HINTS, TAG_URL_HINTS } from './metadata-vocabulary.js';
import { cleanText, cleanTextLength, contains, plainText, squash } from './node-text.js';
import { extractDates } from './published-at.js';
import { extractSource } from './source.js';
import { extractTags } from './tags.js';
import { extractTitle, titleKey } from './title.js';

/**
 * Everything the HTML pipeline reads from a page apart from its body and related blocks.
 * Strings are raw (not yet normalized); dates are ISO 8601 with the zone's offset.
 * @internal
 */
export interface HtmlMetadata
  extends Pick<ArticleDraft, 'title' | 'publishedAt' | 'modifiedAt' | 'url' | 'source' | 'authors' | 'tags' | 'images'> {
  /**
   * The element the headline was read from (an h1, h2, …) when it is visible page text,
   * so that the body extractor can leave it out. Null when the title came from metadata only.
   * (`url` is the canonical URL: `link[rel=canonical]`, `og:url`, else the page URL;
   * `images` are absolute, lead image first.)
   */
  titleElement: Element | null;
  /** `og:description` / `meta description` / JSON-LD description. */
  description: string | null;
}

const INDEX_HINTS = compileMetadataHints({ tagClass: TAG_CLASS_HINTS, tagUrl: TAG_URL_HINTS, authorClass: AUTHOR_CLASS_HINTS });

/**
 * The metadata index of a page ({@link indexMetadata} with this module's vocabulary); the
 * selectors of `plan` get their first match in the same walk.
 * @internal
 */
export function indexPageMetadata(doc: Document, plan: TestPlan | null = null): MetadataIndex {
  return indexMetadata(doc, INDEX_HINTS, plan);
}
/** Text length from which an ancestor of the headline is taken as the article's container. */
const SCOPE_TEXT = 600;

/**
 * Reads the metadata of an HTML page, best source first: site rule selectors, JSON-LD,
 * OpenGraph / `article:*` meta, microdata, `<time datetime>`, a visible Russian date near
 * the headline, a date in the URL. `ctx.timeZone` is the outlet's zone (the caller applies
 * a site rule's zone); disagreements and guesses go to `ctx.warn`.
 * @internal
 */
export function extractHtmlMetadata(
  doc: Document,
  ctx: ParseContext,
  rules: SiteRules | null,
  pageUrl: string | null,
  index: MetadataIndex = indexPageMetadata(doc),
): HtmlMetadata {
  const values: unknown[] = [];
  for (const text of index.jsonLd) {
    const v = parseJsonLd(text);
    if (v !== null) values.push(v);
  }
  const nodes = collectLdNodes(values);
  const givenUrl = pageUrl ?? ctx.url;
  const canonical = canonicalUrl(index, givenUrl);
  const url = canonical ?? givenUrl;
  const article = pickArticle(nodes, index, canonical);
  const page = firstOfType(nodes, PAGE_TYPES);
  const organization = firstOfType(nodes, ORGANIZATION_TYPES) ?? firstOfType(nodes, ['WebSite']);

  // The page's own address (links and images are resolved against it), and the host of the canonical one.
  const ownUrl = givenUrl ?? canonical;
  const host = hostOf(url);
  const source = extractSource(index, article, organization, url);
  const title = extractTitle(doc, index, rules, {
    ldHeadline: ldString(article?.headline) ?? ldString(article?.name),
    ldAlternative: ldString(article?.alternativeHeadline),
    siteName: source?.name ?? null,
    host,
    pageUrl: ownUrl,
  });
  const scope = articleScope(index, title.element);
  const dates = extractDates({ doc, index, rules, article, page, titleElement: title.element, scope, pageUrl: ownUrl, ctx });
  const plainList = (list: string[]): string[] => list.map(plainText).filter((t) => t !== '');
  const desc = description(index, article);
  return {
    title: title.title,
    titleElement: title.element,
    publishedAt: dates.publishedAt,
    modifiedAt: dates.modifiedAt,
    url,
    source: source === null || plainText(source.name) === '' ? null : { ...source, name: plainText(source.name) },
    authors: plainList(extractAuthors(doc, index, rules, article, scope, source?.name ?? null, host)),
    tags: plainList(extractTags(doc, index, rules, article, scope)),
    images: extractImages(index, article, scope, ownUrl).map((img) => ({ url: img.url, caption: (img.caption && plainText(img.caption)) || null })),
    description: desc === null ? null : plainText(desc.slice(0, 5000)) || null,
  };
}

/** The article node: of the article types, the one that names this page or the headline, else the first. */
function pickArticle(nodes: readonly LdNode[], index: MetadataIndex, canonical: string | null): LdNode | null {
  const articles = nodes.filter(ofType(ARTICLE_TYPES));
  if (articles.length <= 1) return articles[0] ?? null;
  const og = index.metas.get('og:title')?.[0]?.content;
  const ogKey = og === undefined ? null : titleKey(og);
  for (const a of articles) {
    const headline = ldString(a.headline);
    if (ogKey !== null && headline !== null && titleKey(headline) === ogKey) return a;
    const own = ldString(a.url) ?? ldString(a['@id']) ?? mainEntityId(a);
    if (canonical !== null && own !== null && sameUrl(own, canonical)) return a;
  }
  return articles.find((a) => a.datePublished !== undefined) ?? articles[0]!;
}

function mainEntityId(node: LdNode): string | null {
  const m = node.mainEntityOfPage;
  if (typeof m === 'string') return m;
  const o = ldObject(m);
  return o === null ? null : (ldString(o['@id']) ?? ldString(o.url));
}

function firstOfType(nodes: readonly LdNode[], types: readonly string[]): LdNode | null {
  return nodes.find(ofType(types)) ?? null;
}

/** A test for nodes with one of `types`. */
function ofType(types: readonly string[]): (node: LdNode) => boolean {
  return (node) => ldTypes(node).some((t) => types.includes(t));
}

/** `link[rel=canonical]`, else `og:url`, absolute; null when neither is a usable http(s) URL. */
function canonicalUrl(index: MetadataIndex, base: string | null): string | null {
  const hrefs = [
    ...index.rels.filter((r) => r.element.name === 'link' && r.rel.includes('canonical')).map((r) => r.element.attribs.href),
    ...(index.metas.get('og:url') ?? []).map((m) => m.content),
  ];
  for (const href of hrefs) {
    const abs = href === undefined ? null : absolute(href, base);
    if (abs !== null) return abs;
  }
  return null;
}

/** The element that holds the article: an `<article>` / `articleBody` around the headline, else a large-enough ancestor of it. */
function articleScope(index: MetadataIndex, titleElement: Element | null): Element | null {
  if (titleElement === null) return index.articles[0] ?? null;
  const article = index.articles.find((a) => contains(a, titleElement));
  if (article !== undefined) return article;
  let cur = titleElement;
  for (let level = 0; level < 6; level++) {
    const parent = cur.parent;
    if (parent === null || parent.type !== 'tag') break;
    cur = parent as Element;
    if (cleanTextLength(cur, SCOPE_TEXT + 1) > SCOPE_TEXT) return cur;
  }
  return cur;
}

function description(index: MetadataIndex, article: LdNode | null): string | null {
  for (const key of ['og:description', 'description', 'twitter:description']) {
    for (const m of index.metas.get(key) ?? []) {
      if (m.element.attribs.itemprop !== undefined && key === 'description') continue;
      const t = squash(m.content);
      if (t !== '') return t;
    }
  }
  return ldString(article?.description);
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string): string => u.replace(/^https?:\/\/(?:www\.)?/iu, '').replace(/(?<![/#?])[/#?]+$/u, '');
  return norm(a) === norm(b);
}

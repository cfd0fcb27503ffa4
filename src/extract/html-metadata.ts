import type { Document, Element } from 'domhandler';
import type { ParseContext } from '../options.js';
import type { ArticleImage, ArticleSource } from '../schema/article.js';
import type { SiteRules } from '../sites/define-site-rules.js';

/**
 * Everything the HTML pipeline reads from a page apart from its body and related blocks.
 * Strings are raw (not yet normalized); dates are ISO 8601 with the zone's offset.
 * @internal
 */
export interface HtmlMetadata {
  /** The headline, or null when none was found. */
  title: string | null;
  /**
   * The element the headline was read from (an h1, h2, …) when it is visible page text,
   * so that the body extractor can leave it out. Null when the title came from metadata only.
   */
  titleElement: Element | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Canonical URL (`link[rel=canonical]`, `og:url`, else the page URL). */
  url: string | null;
  source: ArticleSource | null;
  authors: string[];
  tags: string[];
  /** Absolute image URLs with their captions, lead image first. */
  images: ArticleImage[];
  /** `og:description` / `meta description` / JSON-LD description. */
  description: string | null;
}

/**
 * Reads the metadata of an HTML page, best source first: site rule selectors, JSON-LD,
 * OpenGraph / `article:*` meta, microdata, `<time datetime>`, a visible Russian date near
 * the headline, a date in the URL.
 * @internal
 */
export function extractHtmlMetadata(
  _doc: Document,
  ctx: ParseContext,
  _rules: SiteRules | null,
  pageUrl: string | null,
): HtmlMetadata {
  return {
    title: null,
    titleElement: null,
    publishedAt: null,
    modifiedAt: null,
    url: pageUrl ?? ctx.url,
    source: null,
    authors: [],
    tags: [],
    images: [],
    description: null,
  };
}

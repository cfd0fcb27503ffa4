import type { Element } from 'domhandler';
import type { ArticleImage } from '../schema/article.js';
import { type LdNode, ldObject, ldString } from './json-ld.js';
import type { MetadataIndex } from './metadata-index.js';
import { findElement } from './metadata-helpers.js';
import { cleanText, contains, squash } from './node-text.js';
import { absoluteUrl } from './related-items.js';

const MAX_IMAGES = 20;
/** Figures looked at (each needs a walk up the tree). */
const MAX_FIGURES = 200;

/**
 * The article's images, lead image first: `og:image`, the JSON-LD `image`, then every
 * `<figure>` inside the article with its `<figcaption>`. URLs are made absolute against
 * `baseUrl`; `data:`/`javascript:` URLs and relative URLs without a base are dropped;
 * each URL is listed once (a caption found later fills a missing one).
 * @internal
 */
export function extractImages(index: MetadataIndex, article: LdNode | null, scope: Element | null, baseUrl: string | null): ArticleImage[] {
  const out: ArticleImage[] = [];
  const byUrl = new Map<string, ArticleImage>();
  const add = (src: string | null | undefined, caption: string | null): void => {
    if (src === null || src === undefined || out.length >= MAX_IMAGES) return;
    const url = absolute(src, baseUrl);
    if (url === null) return;
    const cap = (caption && squash(caption)) || null;
    const known = byUrl.get(url);
    if (known !== undefined) {
      known.caption ??= cap;
      return;
    }
    const image = { url, caption: cap };
    byUrl.set(url, image);
    out.push(image);
  };

  // The first of these metas the page has.
  add(['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image'].map((key) => index.metas.get(key)?.[0]).find((m) => m !== undefined)?.content, null);
  const ldImage = article?.image;
  for (const item of Array.isArray(ldImage) ? ldImage.slice(0, MAX_IMAGES) : [ldImage]) {
    const node = ldObject(item);
    if (typeof item === 'string') add(item, null);
    else if (node !== null) add(ldString(node.url) ?? ldString(node.contentUrl), ldString(node.caption) ?? ldString(node.description));
  }
  if (scope !== null) {
    for (const fig of index.figures.slice(0, MAX_FIGURES)) {
      if (!contains(scope, fig)) continue;
      const img = findElement(fig, (el) => el.name === 'img', 500);
      if (img === null) continue;
      const caption = findElement(fig, (el) => el.name === 'figcaption', 500);
      const captionText = caption === null ? '' : cleanText(caption, 500);
      add(imgSrc(img), captionText || img.attribs.alt?.trim() || null);
    }
  }
  return out;
}

function imgSrc(img: Element): string | null {
  const a = img.attribs;
  const src = a['data-src'] ?? a['data-original'] ?? a['data-lazy-src'] ?? a.src;
  if (src !== undefined && src.trim() !== '' && !src.trim().startsWith('data:')) return src;
  const srcset = a.srcset ?? a['data-srcset'];
  if (srcset !== undefined) return srcset.trim().split(/\s+/u)[0] ?? null;
  return null;
}

/** An absolute http(s) URL, or null (unsafe schemes and URLs over 4000 characters included). @internal */
export function absolute(href: string, base: string | null): string | null {
  return href.trim().length > 4000 ? null : (absoluteUrl(href, base) ?? null);
}

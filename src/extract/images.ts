import type { Element } from 'domhandler';
import type { ArticleImage } from '../schema/article.js';
import { type LdNode, ldString } from './json-ld.js';
import type { MetadataIndex } from './metadata-index.js';
import { cleanText, contains, squash } from './node-text.js';

const MAX_IMAGES = 20;
/** Figures looked at (each needs a walk up the tree). */
const MAX_FIGURES = 200;
const UNSAFE = /^\s{0,8}(?:javascript|data|vbscript|blob|file):/iu;

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
    const cap = caption === null ? null : squash(caption);
    const known = byUrl.get(url);
    if (known !== undefined) {
      if (known.caption === null && cap) known.caption = cap;
      return;
    }
    const image = { url, caption: cap ? cap : null };
    byUrl.set(url, image);
    out.push(image);
  };

  for (const key of ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']) {
    const first = index.metas.get(key)?.[0];
    if (first !== undefined) {
      add(first.content, null);
      break;
    }
  }
  const ldImage = article?.image;
  for (const item of Array.isArray(ldImage) ? ldImage.slice(0, MAX_IMAGES) : [ldImage]) {
    if (typeof item === 'string') add(item, null);
    else if (item !== null && typeof item === 'object') {
      const node = item as LdNode;
      add(ldString(node.url) ?? ldString(node.contentUrl), ldString(node.caption) ?? ldString(node.description));
    }
  }
  if (scope !== null) {
    for (const fig of index.figures.slice(0, MAX_FIGURES)) {
      if (!contains(scope, fig)) continue;
      const img = firstImg(fig);
      if (img === null) continue;
      const caption = figcaption(fig);
      add(imgSrc(img), caption ?? (img.attribs.alt?.trim() || null));
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

function firstImg(root: Element): Element | null {
  const stack: Element[] = [root];
  for (let guard = 0; stack.length > 0 && guard < 500; guard++) {
    const el = stack.pop()!;
    if (el.name === 'img') return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'tag') stack.push(c as Element);
    }
  }
  return null;
}

function figcaption(fig: Element): string | null {
  const stack: Element[] = [fig];
  for (let guard = 0; stack.length > 0 && guard < 500; guard++) {
    const el = stack.pop()!;
    if (el.name === 'figcaption') {
      const t = cleanText(el, 500);
      return t === '' ? null : t;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'tag') stack.push(c as Element);
    }
  }
  return null;
}

/** An absolute http(s) URL, or null. @internal */
export function absolute(href: string, base: string | null): string | null {
  const h = href.trim();
  if (h === '' || h.startsWith('#') || UNSAFE.test(h) || h.length > 4000) return null;
  try {
    const url = base === null ? new URL(h) : new URL(h, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

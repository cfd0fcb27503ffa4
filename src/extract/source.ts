import type { ArticleSource } from '../schema/article.js';
import { type LdNode, ldObject, ldString } from './json-ld.js';
import type { MetadataIndex } from './metadata-index.js';
import { SOURCE_CREDIT_PREFIXES } from './metadata-vocabulary.js';
import { firstMeta } from './metadata-helpers.js';
import { squash } from './node-text.js';
import { absoluteUrl } from './related-items.js';

const TAGLINE_SEPARATORS = [' | ', ' — ', ' – ', ' - ', ' :: '];
/** Built only when {@link sourceFromCreditLine} is used (the pipeline does not use it): pure, so a bundle can drop it. */
const CREDIT_RE = /* @__PURE__ */ creditRegex();

function creditRegex(): RegExp {
  return new RegExp(`^(?:${SOURCE_CREDIT_PREFIXES.join('|')})\\s{0,3}[:—–-]\\s{0,3}(.{2,80})$`, 'iu');
}

/**
 * The outlet: `og:site_name`, else the JSON-LD publisher (of the article, or the page's
 * organization node), else `application-name`. A tagline after the name ("Дзен | Статьи",
 * "iXBT.games - санитары игровой индустрии") is cut off. `url` is the site's origin; `city` the
 * organization's `address.addressLocality` when the JSON-LD gives one.
 * @internal
 */
export function extractSource(index: MetadataIndex, article: LdNode | null, organization: LdNode | null, siteUrl: string | null): ArticleSource | null {
  const publisher = article?.publisher;
  const publisherNode = ldObject(publisher);
  const raw =
    firstMeta(index, 'og:site_name') ??
    (publisherNode !== null ? ldString(publisherNode.name) : ldString(publisher)) ??
    ldString(organization?.name) ??
    firstMeta(index, 'application-name');
  if (raw === null) return null;
  const name = siteNameOf(cutTagline(squash(raw)));
  if (name === '' || name.length > 120) return null;
  const city = cityOf(publisherNode) ?? cityOf(organization);
  return { name, url: originOf(siteUrl) ?? originOf(ldString(publisherNode?.url)), city };
}

/**
 * The source named by a credit line ("Источник: ТАСС", "По материалам РИА Новости"), or
 * null when the line is not one.
 * @example
 * ```ts
 * sourceFromCreditLine('Источник: ТАСС'); //=> 'ТАСС'
 * sourceFromCreditLine('В Калуге открыли мост'); //=> null
 * ```
 * @internal
 */
export function sourceFromCreditLine(line: string): string | null {
  const m = CREDIT_RE.exec(squash(line));
  if (m === null) return null;
  const name = m[1]!.replace(/(?<![.;,])[.;,]+$/u, '').trim();
  return name === '' ? null : name;
}

/** `address.addressLocality` of a JSON-LD organization, when it names a city. */
function cityOf(node: LdNode | null): string | null {
  const city = ldString(ldObject(node?.address)?.addressLocality);
  if (city === null) return null;
  const t = squash(city);
  return t === '' || t.length > 60 ? null : t;
}

/** A site name written as a URL ("https://www.kaluga.example/") is its host name. */
function siteNameOf(name: string): string {
  if (!/^(?:https?:)?\/\//iu.test(name)) return name;
  try {
    return new URL(name.startsWith('//') ? `https:${name}` : name).hostname.replace(/^www\./u, '');
  } catch {
    return name;
  }
}

function cutTagline(name: string): string {
  for (const sep of TAGLINE_SEPARATORS) {
    const at = name.indexOf(sep);
    if (at >= 2) return name.slice(0, at).trim();
  }
  return name;
}

/** The origin of an absolute http(s) URL, or null. */
function originOf(url: string | null | undefined): string | null {
  const abs = url === null || url === undefined ? null : absoluteUrl(url, null);
  return abs ? new URL(abs).origin : null;
}

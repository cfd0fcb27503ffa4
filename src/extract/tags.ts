import type { Document, Element } from 'domhandler';
import type { SiteRules } from '../sites/define-site-rules.js';
import { type LdNode, ldString } from './json-ld.js';
import type { MetadataIndex } from './metadata-index.js';
import { cleanText, contains, hasAncestor, squash } from './node-text.js';
import { ruleTexts } from './metadata-helpers.js';

const MAX_TAGS = 30;
/** Tag links looked at (each needs a walk up the tree). */
const MAX_LINKS = 300;
const IN_TEXT = new Set(['p', 'nav', 'header', 'footer', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'time']);
const MAX_TAG_LENGTH = 60;
/** A tag link's text is a word or a short phrase; longer link texts are headlines. */
const MAX_LINK_TAG = 40;

/**
 * The article's tags, best source first: site rule, `article:tag`, JSON-LD `keywords`, tag
 * links inside the article (`rel="tag"`, `/tags/…` hrefs, links in a tag box). The
 * `keywords` meta is SEO filler on most Russian sites: it counts only for the words that
 * the page also shows as tag links.
 * @internal
 */
export function extractTags(doc: Document, index: MetadataIndex, rules: SiteRules | null, article: LdNode | null, scope: Element | null): string[] {
  const keywords = article?.keywords;
  const sources = [
    () => ruleTexts(doc, rules?.tags),
    () => (index.metas.get('article:tag') ?? []).map((m) => m.content),
    () => (Array.isArray(keywords) ? keywords.filter((k): k is string => typeof k === 'string') : splitList(ldString(keywords))),
    () => tagLinkTexts(index, scope),
  ];
  for (const read of sources) {
    const tags = clean(read());
    if (tags.length > 0) return tags;
  }
  // The keywords meta, only where the page shows the same words as tag links anywhere.
  const shown = new Set(index.tagLinks.slice(0, MAX_LINKS).map((a) => squash(linkText(a)).toLowerCase()));
  const meta = splitList(index.metas.get('keywords')?.[0]?.content ?? null).filter((k) => shown.has(squash(k).toLowerCase()));
  return clean(meta);
}

/** The texts of the tag links inside the article (`scope`), outside running text. */
function tagLinkTexts(index: MetadataIndex, scope: Element | null): string[] {
  const links: string[] = [];
  for (const a of index.tagLinks.slice(0, MAX_LINKS)) {
    if (scope !== null && !contains(scope, a)) continue;
    // Links inside running text point at tag pages too ("…заявил <a href=/tags/…>Дуров</a>"): not tags.
    if (hasAncestor(a, (e) => IN_TEXT.has(e.name), 16)) continue;
    const text = linkText(a);
    if (text.length <= MAX_LINK_TAG) links.push(text);
  }
  return links;
}

/** A tag link's text without a leading `#`. */
function linkText(a: Element): string {
  return cleanText(a, 200).replace(/^#/u, '');
}

function splitList(text: string | null): string[] {
  return text?.split(/[,;]/u) ?? [];
}

function clean(list: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of list) {
    const t = squash(raw);
    if (t === '' || t.length > MAX_TAG_LENGTH) continue;
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

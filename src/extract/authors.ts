import type { Element } from 'domhandler';
import type { SiteRules } from '../sites/define-site-rules.js';
import { type LdNode, ldNames } from './json-ld.js';
import type { MetadataIndex } from './metadata-index.js';
import { BYLINE_PREFIXES, COMMENT_CLASS_HINTS } from './metadata-vocabulary.js';
import { findElement, hasClassHint, hasItemprop, hostLabel, itemValue, lettersOf, ruleTexts } from './metadata-helpers.js';
import { cleanText, contains, hasAncestor, plainText } from './node-text.js';
import type { Document } from 'domhandler';

const PREFIX_RE = new RegExp(`^(?:${BYLINE_PREFIXES.join('|')})(?:\\s{0,3}[:—–-]\\s{0,3}|\\s{1,3})`, 'iu');
const NAME_SPLIT = /\s{0,3}(?:,|;|\sи\s|\s&\s|\sand\s)\s{0,3}/u;
const MAX_AUTHORS = 8;

/**
 * Author names, best source first: site rule, JSON-LD `author`, `itemprop="author"` of the
 * article, `<meta name="author">` / `article:author`, `rel="author"` links, then byline
 * elements inside the article. Names are stripped of prefixes ("Автор:", "Текст:"); URLs,
 * the outlet's own name and anything that does not look like a name are dropped.
 * @internal
 */
export function extractAuthors(
  doc: Document,
  index: MetadataIndex,
  rules: SiteRules | null,
  article: LdNode | null,
  scope: Element | null,
  siteName: string | null,
  host: string | null,
): string[] {
  const inScope = (el: Element): boolean => scope === null || contains(scope, el);
  const lists: string[][] = [
    ruleTexts(doc, rules?.authors),
    ldNames(article?.author).concat(ldNames(article?.creator)),
    // An itemprop="author" element's own itemprop="name" part, when it has one.
    index.itemprops
      .slice(0, 2000)
      .filter((el) => hasItemprop(el, ['author', 'creator']) && inScope(el))
      .map((el) => itemValue(el.name === 'meta' ? el : (findElement(el, (e) => hasItemprop(e, ['name']), 200, true) ?? el), 200)),
    ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author']
      .flatMap((key) => index.metas.get(key) ?? [])
      .filter((m) => m.element.attribs.itemprop === undefined)
      .map((m) => m.content),
    index.rels
      .slice(0, 2000)
      .filter((r) => r.element.name === 'a' && r.rel.includes('author') && inScope(r.element))
      .map((r) => cleanText(r.element, 200)),
    // Byline elements of the article, outside readers' comments.
    scope === null
      ? []
      : index.bylines
          .slice(0, 200)
          .filter((el) => contains(scope, el) && !hasAncestor(el, (e) => hasClassHint(e, COMMENT_CLASS_HINTS), 16))
          .map((el) => cleanText(el, 200))
          .filter((text) => text.length <= 80),
  ];

  for (let i = 0; i < lists.length; i++) {
    const names = cleanNames(lists[i]!, siteName, i === lists.length - 1).filter((n) => !namesHost(n, host));
    if (names.length > 0) return names.slice(0, MAX_AUTHORS);
  }
  return [];
}

/** Prefix-stripped, split and filtered author names. @internal */
export function cleanNames(raw: readonly string[], siteName: string | null, strict = false): string[] {
  const out: string[] = [];
  const site = siteName === null ? null : siteName.toLowerCase();
  for (const r of raw) {
    const text = plainText(r).replace(PREFIX_RE, '');
    for (const part of text.split(NAME_SPLIT)) {
      const name = part.replace(/^[\s.,:;—–-]+|(?<![\s.,:;—–-])[\s.,:;—–-]+$/gu, '');
      if (!looksLikeName(name) || (strict && !looksLikePersonName(name))) continue;
      if (site?.includes(name.toLowerCase())) continue;
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}

function looksLikeName(name: string): boolean {
  if (name.length < 3 || name.length > 60) return false;
  if (/https?:|www\.|@|\.(?:ru|com|net|org)(?![\p{L}])|\d/iu.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 5) return false;
  return /^\p{Lu}/u.test(name);
}

/** True when a "name" is the outlet's domain label ("Ukrinform" on ukrinform.ru, "INFORM.KZ"). */
function namesHost(name: string, host: string | null): boolean {
  const label = hostLabel(host).toLowerCase();
  const letters = lettersOf(name.toLowerCase());
  return label.length >= 3 && (letters.includes(label) || (letters.length >= 4 && label.includes(letters)));
}

/** Two to four capitalized words or initials ("Наталья Гранина", "А. С. Пушкин"). */
function looksLikePersonName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]*\.?$|^\p{Lu}\.(?:\p{Lu}\.)?$/u.test(w));
}

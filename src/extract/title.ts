import type { AnyNode, Document, Element } from 'domhandler';
import type { SiteRules } from '../sites/define-site-rules.js';
import { selectEach } from '../sites/select.js';
import { LOGO_CLASS_HINTS, SITE_NAME_WORDS, SITE_SUFFIX_SEPARATORS, TITLE_MEDIA_PREFIXES, TITLE_SEPARATORS } from './metadata-vocabulary.js';
import { firstMeta, hasClassHint, hasItemprop, hostLabel, itemValue, lettersOf } from './metadata-helpers.js';
import { cleanText, cleanTextLength, closest, hasAncestor, plainText, squash } from './node-text.js';
import type { MetadataIndex } from './metadata-index.js';

/** The headline and, when it is visible page text, the element it was read from. @internal */
export interface TitleResult {
  title: string | null;
  element: Element | null;
}

/** Metadata strings the title is voted on with (raw, as found). @internal */
export interface TitleSources {
  ldHeadline: string | null;
  ldAlternative: string | null;
  siteName: string | null;
  host: string | null;
  /** The page's own URL: a headline that links to it is not a teaser. */
  pageUrl?: string | null;
}

/** A headline longer than this is a lead paragraph set in a heading tag. */
const MAX_TITLE = 300;

interface Candidate {
  text: string;
  key: string;
  weight: number;
  /** Lower is better when weights tie. */
  priority: number;
  element: Element | null;
}

/**
 * Picks the headline: a site rule's selector when it matches; otherwise the text on which
 * most of `og:title`, the JSON-LD headline, `twitter:title`, the first real `<h1>` and the
 * `<title>` (site name cut off) agree. A headline that only an `alternativeHeadline`
 * carries loses; an `<h1>` that is a logo or a whole lead paragraph does not count. The
 * text is kept as written (quotes, dashes).
 * @internal
 */
export function extractTitle(doc: Document, index: MetadataIndex, rules: SiteRules | null, sources: TitleSources): TitleResult {
  // All rule selectors in one pass over the tree (first match of each), tried in rule order.
  for (const [el] of selectEach(doc, rules?.title ?? [], 1)) {
    if (el === undefined) continue;
    const text = cleanText(el, 1000);
    if (text !== '' && text.length <= MAX_TITLE * 2) return { title: text, element: el };
  }

  const candidates: Candidate[] = [];
  const add = (text: string | null | undefined, weight: number, priority: number, element: Element | null = null): void => {
    if (text === null || text === undefined) return;
    const t = plainText(text.slice(0, MAX_TITLE * 8));
    if (t === '' || t.length > MAX_TITLE * 2) return;
    candidates.push({ text: t, key: titleKey(t), weight, priority, element });
  };

  // Visible headings.
  const h1s = index.headings.filter((h) => h.name === 'h1').slice(0, 50);
  let firstH1 = true;
  for (const h of h1s) {
    const text = shownTitle(h);
    if (text === null || isLogo(h, text, sources)) continue;
    const weight = h1Weight(h, text, firstH1, sources);
    add(text, weight, 2, h);
    // The heading without the date / subtitle elements nested in it.
    const own = headlineOwnText(h);
    if (own !== text && own.length >= 10) add(own, weight - 0.5, 2, h);
    firstH1 = false;
  }
  let firstHeadline = true;
  // Penalize what the page itself marks as an alternative headline.
  const alternatives = new Set<string>();
  if (sources.ldAlternative !== null) alternatives.add(titleKey(sources.ldAlternative));
  for (const el of index.itemprops.slice(0, 2000)) {
    if (hasItemprop(el, ['alternativeheadline'])) {
      alternatives.add(titleKey(itemValue(el, MAX_TITLE * 2)));
    }
    if (el.name === 'meta' || !hasItemprop(el, ['headline'])) continue;
    // The headline of a teaser in a list is another story's.
    if (hasAncestor(el, (e) => e.name === 'li' || e.name === 'aside', 12)) continue;
    const text = shownTitle(el);
    if (text === null) continue;
    add(text, firstHeadline ? 1.5 : 0.25, 3, el);
    firstHeadline = false;
  }

  // Metadata.
  add(sources.ldHeadline, 3, 1);
  const og = firstMeta(index, 'og:title');
  add(og, 2, 4);
  const ogBare = og && stripMediaPrefix(og);
  if (ogBare !== og) add(ogBare, 1.5, 4);
  add(firstMeta(index, 'twitter:title'), 1.5, 5);
  add(firstMeta(index, 'headline'), 1, 6);

  // A metadata title with the site name still on it ("Заголовок - Газета.Ru") joins the bare one.
  const keysNow = (): Set<string> => new Set(candidates.map((c) => c.key));
  const known = keysNow();
  for (const c of candidates) {
    if (c.element !== null) continue;
    const stripped = titleKey(stripSiteName(c.text, sources));
    if (stripped !== c.key && known.has(stripped)) c.key = stripped;
  }

  // <title>: every cut at a separator is a variant; it supports whichever candidate it matches.
  const head = squash((index.headTitle ?? '').slice(0, MAX_TITLE * 4));
  if (head !== '') {
    const keys = keysNow();
    let matchedKey: string | null = null;
    let matchedText = head;
    for (const variant of titleVariants(head, sources)) {
      const key = titleKey(variant);
      const found = keys.has(key) ? key : truncatedMatch(candidates, key);
      if (found !== null) {
        matchedKey = found;
        matchedText = variant;
        break;
      }
    }
    if (matchedKey !== null) {
      add(matchedText, 2, 7);
      candidates[candidates.length - 1]!.key = matchedKey;
    } else {
      add(stripSiteName(stripLeadingSite(stripTrailingDate(head), sources), sources), 2, 7);
    }
  }

  // A headline cut short with "…" (JSON-LD headlines are often capped) joins the full one.
  for (const c of candidates) {
    if (!/(?:…|\.\.\.)$/u.test(c.text) || c.key.length < 20) continue;
    const full = candidates.find((o) => o !== c && o.key.length > c.key.length && o.key.startsWith(c.key));
    if (full !== undefined) c.key = full.key;
  }

  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const members = groups.get(c.key);
    if (members === undefined) groups.set(c.key, [c]);
    else members.push(c);
  }
  let best: { key: string; weight: number; priority: number; members: Candidate[] } | null = null;
  for (const [key, members] of groups) {
    // The members' weights summed in candidate order, less the penalty of an alternative headline.
    const weight = members.reduce((sum, m) => sum + m.weight, 0) - (alternatives.has(key) ? 4 : 0);
    const priority = Math.min(...members.map((m) => m.priority));
    if (best === null || weight > best.weight || (weight === best.weight && priority < best.priority)) best = { key, weight, priority, members };
  }
  if (best === null) return { title: null, element: null };
  // The first member most like visible text.
  const shown = best.members.reduce((a, b) => (visiblePreference(b) < visiblePreference(a) ? b : a));
  const element = best.members.find((m) => m.element !== null)?.element ?? findHeadingFor(index, best.key) ?? findTitleText(doc, best.key, shown.text);
  return { title: shown.text, element };
}

/** The text of a headline element; null when it is empty or too long for a headline. */
function shownTitle(el: Element): string | null {
  const text = cleanText(el, MAX_TITLE * 2);
  return text === '' || text.length > MAX_TITLE ? null : text;
}

/** Visible text first (as written on the page), then JSON-LD, og, twitter, `<title>`. */
function visiblePreference(c: Candidate): number {
  return c.element === null ? c.priority + 1 : c.element.name === 'h1' ? 0 : 1;
}

function findHeadingFor(index: MetadataIndex, key: string): Element | null {
  return index.headings.slice(0, 500).find((h) => titleKey(cleanText(h, MAX_TITLE * 2)) === key) ?? null;
}

/** Text nodes looked at when searching the page for a headline shown outside any heading tag. */
const MAX_TEXT_NODES = 50_000;
const NOT_HEADLINE_HOLDERS = new Set(['a', 'title', 'option', 'li', 'nav', 'script', 'style', 'noscript', 'textarea', 'button', 'label']);

/**
 * The element showing the headline when the page sets it in a span, a styled paragraph or a
 * table cell instead of a heading (`<span class="title">…</span>`): the first text node
 * that reads as the headline, outside links, lists and navigation. Null when none does.
 */
function findTitleText(doc: Document, key: string, title: string): Element | null {
  const min = title.length - 3;
  const max = title.length * 1.5 + 10;
  const stack: AnyNode[] = [doc];
  let seen = 0;
  let fallback: Element | null = null;
  while (stack.length > 0 && seen < MAX_TEXT_NODES) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      seen++;
      const data = node.data;
      if (data.length < min || data.length > max * 4) continue;
      const text = squash(data);
      if (text.length < min || text.length > max || titleKey(text) !== key) continue;
      const parent = node.parent;
      if (parent === null || parent.type !== 'tag') continue;
      const holder = parent as Element;
      if (NOT_HEADLINE_HOLDERS.has(holder.name) || hasAncestor(holder, (e) => NOT_HEADLINE_HOLDERS.has(e.name) || hasClassHint(e, CRUMB_HINTS), 12)) continue;
      if (looksLikeHeadline(holder)) return holder;
      if (fallback === null) fallback = holder;
      continue;
    }
    // Into the document and its elements, but not <head> (a Document has no name).
    if ((node.type !== 'tag' && node.type !== 'root') || (node as Element).name === 'head') continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return fallback;
}

const HEADLINE_CLASS_HINTS = ['title', 'head', 'zag', 'caption', 'name', 'big'];
const HEADLINE_TAGS = new Set(['h4', 'h5', 'h6', 'b', 'strong', 'font', 'big']);
const CRUMB_HINTS = ['breadcrumb', 'crumbs', 'speedbar', 'navigation', 'path'];

/** A holder styled as a headline: a bold or heading-like tag, or a class that says so. */
function looksLikeHeadline(el: Element): boolean {
  return HEADLINE_TAGS.has(el.name) || hasClassHint(el, HEADLINE_CLASS_HINTS);
}

/** A key under which two spellings of one headline are equal (case, ё, quotes, dashes, spaces, final dot). @internal */
export function titleKey(text: string): string {
  return squash(text)
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[«»“”„‟"'`’‘]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/(?<![.…\s])[.…\s]+$/u, '');
}

/** The key of a candidate that `key` equals once one of the two was cut short with "…". */
function truncatedMatch(candidates: readonly Candidate[], key: string): string | null {
  if (key.length < 30) return null;
  for (const c of candidates) {
    const k = c.key;
    if (k.length < 30 || !/[.…]$/u.test(c.text)) continue;
    if ((k.startsWith(key) || key.startsWith(k)) && Math.min(k.length, key.length) / Math.max(k.length, key.length) > 0.6) return k;
  }
  return null;
}

/** The `<title>` and every head of it cut at a separator, longest first. @internal */
export function titleVariants(text: string, sources: { siteName: string | null; host: string | null } = { siteName: null, host: null }): string[] {
  const rest = stripLeadingSite(text, sources);
  const bases = rest !== text ? [text, rest] : [text];
  const out: string[] = [];
  for (const base of bases) for (const v of cutVariants(base)) if (!out.includes(v)) out.push(v);
  return out;
}

/** A site name in front: "NR2.RU::: Заголовок", "CA-NEWS : Заголовок", "Газета.Ru | Заголовок". */
const LEADING_SITE = /^([^\s:|/—–»]{2,40}(?:\s[^\s:|/—–»]{1,20}){0,3}?)\s{0,2}(?::{1,3}|\||\/\/|\/|—|–|-|»)\s{1,2}(\S.{2,})$/u;

/** "Заголовок, 4 января 2012-17:33" → "Заголовок": a publication date appended to a `<title>`. */
const TRAILING_DATE =
  /[\s,/|–—-]{1,4}\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s[а-яё]{3,9}\.?\s\d{4}(?:\s?г\.?)?)(?:[\s,–—-]{1,4}\d{1,2}:\d{2})?\s{0,2}$/iu;

function stripTrailingDate(text: string): string {
  const cut = text.replace(TRAILING_DATE, '');
  return cut.length >= 10 ? cut : text;
}

function stripLeadingSite(text: string, sources: { siteName: string | null; host: string | null }): string {
  const lead = LEADING_SITE.exec(text);
  return lead !== null && isSiteName(lead[1]!, sources) ? lead[2]! : text;
}

/**
 * How much an `<h1>` counts: the first real one most; a one- or two-word heading, a
 * label ending in a colon, a heading that names the site, or one that is a link to
 * another page (a teaser) barely counts unless other sources agree with it.
 */
function h1Weight(h: Element, text: string, first: boolean, sources: TitleSources): number {
  let weight = first ? 3 : 1;
  if (/:$/u.test(text)) return weight - 2;
  if (wordCount(text) <= 2 || isSiteName(text, sources) || isTeaserLink(h, text, sources.pageUrl ?? null)) weight = Math.min(weight, 0.75);
  return weight;
}

/** A heading whose text is a link (to another story, in a teaser list). */
function isTeaserLink(h: Element, text: string, pageUrl: string | null): boolean {
  for (const a of childLinks(h)) {
    const href = hrefOf(a);
    if (href === '' || href.startsWith('#') || samePage(href, pageUrl)) continue;
    return cleanTextLength(a, MAX_TITLE * 2) >= text.length / 2;
  }
  return false;
}

/** The `<a>` children of a heading. */
function childLinks(h: Element): Element[] {
  return h.children.filter((c): c is Element => c.type === 'tag' && c.name === 'a');
}

function hrefOf(a: Element): string {
  return (a.attribs.href ?? '').trim();
}

/** True when `href` points at the page itself. */
function samePage(href: string, pageUrl: string | null): boolean {
  if (pageUrl === null) return false;
  try {
    const a = new URL(href, pageUrl);
    const b = new URL(pageUrl);
    return a.host === b.host && a.pathname.replace(/\/$/u, '') === b.pathname.replace(/\/$/u, '');
  } catch {
    return false;
  }
}

function cutVariants(text: string): string[] {
  const undatedText = stripTrailingDate(text);
  const out = text === undatedText ? [text] : [text, undatedText];
  const cuts: number[] = [];
  for (const sep of TITLE_SEPARATORS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(sep, from);
      if (at < 0) break;
      cuts.push(at);
      from = at + 1;
    }
  }
  cuts.sort((a, b) => b - a);
  for (const at of cuts) {
    const head = text.slice(0, at).trim();
    if (head.length >= 3) out.push(head);
    const undated = stripTrailingDate(head);
    if (undated !== head) out.push(undated);
  }
  // Also the tails (" Газета.Ru | Заголовок" layouts put the site first).
  for (const sep of [' | ', ' — ', ' - ', ' :: ']) {
    const at = text.indexOf(sep);
    if (at > 0 && at < text.length / 2) out.push(text.slice(at + sep.length).trim());
  }
  return out;
}

/**
 * Cuts a site name (and the rubric names before it) off the end of a `<title>`:
 * "Мост открыт — Лента.ру" → "Мост открыт", "Мост: Общество: Россия: Lenta.ru" → "Мост".
 * A tail counts as a site name when it is the `og:site_name`, names the host, looks like a
 * domain, or is short next to a much longer head.
 * @internal
 */
export function stripSiteName(title: string, sources: { siteName: string | null; host: string | null }): string {
  let text = squash(title);
  let strippedSite = false;
  for (let guard = 0; guard < 6; guard++) {
    let cut: { at: number; sep: string } | null = null;
    for (const sep of TITLE_SEPARATORS) {
      const at = text.lastIndexOf(sep);
      if (at > 0 && (cut === null || at > cut.at)) cut = { at, sep };
    }
    if (cut === null) break;
    const head = text.slice(0, cut.at).trim();
    const tail = text.slice(cut.at + cut.sep.length).trim();
    const colon = cut.sep === ': ';
    if (colon && !strippedSite && !isSiteName(tail, sources)) break;
    const keywords = !colon && (tail.match(/,/gu)?.length ?? 0) >= 2 && head.length >= 20;
    const suffix = SITE_SUFFIX_SEPARATORS.includes(cut.sep) && wordCount(tail) <= 6 && head.length >= 10;
    if (!keywords && !suffix && !isSiteName(tail, sources) && !(strippedSite && wordCount(tail) <= 4) && !(!colon && isShortTail(head, tail))) break;
    text = head;
    strippedSite = true;
  }
  return text;
}

function isSiteName(tail: string, sources: { siteName: string | null; host: string | null }): boolean {
  const t = titleKey(tail);
  if (t === '') return false;
  if (sources.siteName !== null) {
    const s = titleKey(sources.siteName);
    if (s !== '' && (s.includes(t) || t.includes(s))) return true;
  }
  if (namesHost(t, sources.host)) return true;
  if (/[\p{L}\p{N}]\.(?:ru|рф|ру|su|com|net|org|info|инфо|ua|by|kz|uz|tv|media|news|online)(?![\p{L}\p{N}])/iu.test(tail)) return true;
  const words = tail.split(/[\s"«»-]+/u);
  return words.some((w) => SITE_WORDS.has(w.toLowerCase())) && !/[.!?]$/u.test(tail);
}

const SITE_WORDS: ReadonlySet<string> = new Set(SITE_NAME_WORDS);

/** True when lower-case `text` holds the first label of the host ("kaluga" of www.kaluga.ru), letters and digits only. */
function namesHost(text: string, host: string | null): boolean {
  const label = hostLabel(host);
  return label.length >= 3 && lettersOf(text).includes(lettersOf(label));
}

/** A heading's text without nested elements that hold only a date, a time or a subtitle line (`<span>06.01.12 08:49</span>`, `<br>`-separated decks). */
function headlineOwnText(h: Element): string {
  let out = '';
  for (const child of h.children) {
    if (child.type === 'text') out += child.data;
    else if (child.type === 'tag') {
      if (child.name === 'br') break;
      if (INLINE_TITLE_TAGS.has(child.name)) out += cleanText(child, MAX_TITLE);
    }
  }
  return squash(out);
}

const INLINE_TITLE_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'q', 'nobr', 'font', 'u']);

function isShortTail(head: string, tail: string): boolean {
  return wordCount(tail) <= 3 && head.length >= 20 && head.length >= tail.length * 2.5;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}

function stripMediaPrefix(text: string): string {
  for (const p of TITLE_MEDIA_PREFIXES) {
    if (text.length > p.length + 3 && text.slice(0, p.length).toLowerCase() === p) {
      const rest = text.slice(p.length);
      // (the separator is never white space, so a match is never blank)
      const m = /^\s{0,3}[:.|—–-]\s{0,3}/u.exec(rest);
      if (m !== null) return rest.slice(m[0].length);
    }
  }
  return text;
}

/** An h1 that holds the site's logo or name rather than the headline. */
function isLogo(h: Element, text: string, sources: { siteName: string | null; host: string | null }): boolean {
  if (sources.siteName !== null && titleKey(text) === titleKey(sources.siteName)) return true;
  if (text.length <= 60 && namesHost(text.toLowerCase(), sources.host)) return true;
  if (closest(h, (el) => hasClassHint(el, LOGO_CLASS_HINTS), 4) !== null) return true;
  // An h1 wrapping a link to the site root.
  return childLinks(h).some((a) => {
    const href = hrefOf(a);
    return href === '/' || /^https?:\/\/[^/]+\/?$/iu.test(href);
  });
}

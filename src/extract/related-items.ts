import type { Element, Text } from 'domhandler';
import { elementText, indexOfElement, linkLenOf, textLenOf, type PageIndex, type TextBlock } from '../blocks/from-document.js';
import { findDateMentions } from '../date/find-date-mentions.js';
import type { ParseContext } from '../options.js';
import type { RelatedItem } from '../schema/related-item.js';
import {
  classifyHeading,
  headingKey,
  MORE_ON_EVENT_HEADINGS,
  RELATED_HEADINGS,
  SITEWIDE_HEADINGS,
  type BlockHeadingKind,
} from '../segment/block-headings.js';
import { isDateLine, isRelatedHint, phraseKey } from './boilerplate.js';
import { isLinkBlock } from './body.js';
import { isBlank } from './node-text.js';
import { readItemMeta } from './text-item-meta.js';
import { zeroed } from '../blocks/scratch-arrays.js';

/** Link texts that name no story ("Подробнее", "Все новости"), as phrase keys (lower case, ё → е). */
const NOT_A_TITLE = new Set([
  'подробнее', 'читать далее', 'читать полностью', 'далее', 'еще', 'все новости', 'все материалы', 'архив',
  'смотреть', 'перейти', 'показать еще', 'загрузить еще', 'назад', 'вперед', 'наверх',
]);
const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript|mailto|tel|about|blob|file):/i;
const HAS_LETTER = /\p{L}/u;
/** Text before a colon that may be an inline heading ("Читайте также: …"). */
const INLINE_HEADING_MAX = 48;
/** Text of an unnamed <aside> that can still be an incut box of related links. */
const INCUT_MAX = 600;
/** More items than this in one block is a feed, not a related list. */
const MAX_ITEMS = 60;

/**
 * A text whose first letters (up to three, within its first 12 characters) are those of a
 * known block heading: a cheap pre-filter, one regex test that allocates no match. A
 * shorter start ("по", "см") must end there: no letter follows it.
 */
const HEADING_START = new RegExp(
  `^\\P{L}*(?:${[
    ...new Set([...MORE_ON_EVENT_HEADINGS, ...RELATED_HEADINGS, ...SITEWIDE_HEADINGS].map((h) => /\p{L}{1,3}/u.exec(headingKey(h))?.[0] ?? '')),
  ]
    .filter((start) => start !== '')
    .map((start) => start.replaceAll('е', '[её]') + (start.length < 3 ? '(?!\\p{L})' : ''))
    .join('|')})`,
  'iu',
);

/** Could this text start with a known heading? (Skips the full lookup for most blocks.) */
function mayBeHeading(text: string): boolean {
  return HEADING_START.test(text.length > 12 ? text.slice(0, 12) : text);
}

/** Blocks set aside from the body, and the items read from them. @internal */
export interface RelatedBlocks {
  related: RelatedItem[];
  moreOnEvent: RelatedItem[];
  /** `claimed[order]` is 1 for every text block that belongs to a related, more-on-event or site-wide block. */
  claimed: Uint8Array;
}

interface Region {
  kind: BlockHeadingKind;
  /** Block range `[from, to)`. */
  from: number;
  to: number;
  /** Block that is the heading itself (not an item), or -1. */
  heading: number;
}

/**
 * Finds the related, more-on-event and site-wide blocks of a page — by their heading
 * ("По теме", "Читайте также: …" inline, "Ещё новости о событии", "Самое читаемое"), by
 * site-rule selectors, or by class / id names (`related`, `read-also`, `more-news`, …) —
 * and turns the first two kinds into items with absolute URLs. Site-wide feeds are only
 * marked, so that they stay out of the body.
 * @internal
 */
export function findRelatedBlocks(
  index: PageIndex,
  ctx: ParseContext,
  baseUrl: string | null,
  ruleRegions: { related: Element[]; moreOnEvent: Element[] },
  yearReference: Date | null = null,
): RelatedBlocks {
  const { blocks } = index;
  const claimed = zeroed(Uint8Array, blocks.length);
  const regions: Region[] = [];
  const claim = (r: Region): void => {
    for (let k = r.from; k < r.to; k++) claimed[k] = 1;
    regions.push(r);
  };

  // 1. Site-rule selectors.
  for (const [kind, els] of [['moreOnEvent', ruleRegions.moreOnEvent], ['related', ruleRegions.related]] as const) {
    for (const el of els) {
      const i = indexOfElement(index, el);
      if (i === undefined) continue;
      const from = index.blockStart[i]!;
      const to = index.blockEnd[i]!;
      if (to > from && !claimed[from]) claim({ kind, from, to, heading: headingIn(blocks, from, to) });
    }
  }

  // 2. Headings.
  for (let k = 0; k < blocks.length; k++) {
    if (claimed[k]) continue;
    const b = blocks[k]!;
    if (b.len > 160 || !mayBeHeading(b.text)) continue;
    const whole = b.len <= 80 ? classifyHeading(b.text) : null;
    if (whole !== null && b.linkLen < b.len * 0.5) {
      const r = regionAfterHeading(index, k, whole);
      if (r !== null) claim(r);
      continue;
    }
    const inline = inlineHeading(b);
    if (inline !== null) claim(extendByLinkBlocks(blocks, inline, k, -1));
  }

  // 3. Class / id names.
  const { els } = index;
  for (let i = 1; i < els.length; i++) {
    // Or a small <aside> of links right after a paragraph: an incut box in the text where
    // class names say nothing ("jsx-3142636831").
    const aside = els[i]!.name === 'aside' && followsParagraph(els[i]!);
    if (!aside && !isRelatedHint(index.hints[i]!)) continue;
    const from = index.blockStart[i]!;
    const to = index.blockEnd[i]!;
    if (to <= from || claimed[from] || claimed[to - 1]) continue;
    const text = textLenOf(index, i);
    const links = linkLenOf(index, i);
    if (links === 0 || links < text * 0.35 || text - links > 1500 || (aside && text > INCUT_MAX)) continue;
    claim({ kind: 'related', from, to, heading: headingIn(blocks, from, to) });
    i = index.end[i]! - 1;
  }

  const related: RelatedItem[] = [];
  const moreOnEvent: RelatedItem[] = [];
  const seen = new Set<string>();
  for (const r of regions.sort((a, b) => a.from - b.from)) {
    if (r.kind === 'sitewide') continue;
    const target = r.kind === 'related' ? related : moreOnEvent;
    for (const item of itemsOf(blocks, r, baseUrl, ctx, yearReference ?? ctx.referenceDate)) {
      const key = item.url ?? item.title;
      if (seen.has(key)) continue;
      seen.add(key);
      target.push(item);
    }
  }
  return { related, moreOnEvent, claimed };
}

/** True when `el` (or the box it alone fills, two levels up) comes right after a paragraph of text. */
function followsParagraph(el: Element): boolean {
  let e: Element | null = el;
  for (let level = 0; e !== null && level < 3; level++, e = e.parent?.type === 'tag' ? (e.parent as Element) : null) {
    let prev = e.prev;
    while (prev !== null && prev.type === 'text' && isBlank((prev as Text).data)) prev = prev.prev;
    if (prev !== null) return prev.type === 'tag' && (prev as Element).name === 'p' && elementText(prev as Element, 200).length >= 100;
  }
  return false;
}

/** The first short block of a range that is a known heading, or -1. */
function headingIn(blocks: readonly TextBlock[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 3; k++) if (isShortHeading(blocks[k]!)) return k;
  return -1;
}

/** A short block that is a known heading. */
function isShortHeading(b: TextBlock): boolean {
  return b.len <= 80 && mayBeHeading(b.text) && classifyHeading(b.text) !== null;
}

/** "Читайте также: <a>…</a>" in one block: the heading before the colon, links after it. */
function inlineHeading(b: TextBlock): BlockHeadingKind | null {
  if (b.links === 0) return null;
  const colon = b.text.indexOf(':');
  let head: string;
  if (colon > 0 && colon <= INLINE_HEADING_MAX) head = b.text.slice(0, colon);
  else {
    // "Читайте также Заголовок" without a colon: the link text must start right after the heading.
    const first = b.anchors[0];
    if (first === undefined) return null;
    const linkText = elementText(first, 400);
    const at = linkText === '' ? -1 : b.text.indexOf(linkText);
    if (at <= 0 || at > INLINE_HEADING_MAX) return null;
    head = b.text.slice(0, at);
  }
  const kind = classifyHeading(head);
  if (kind === null) return null;
  // The rest of the block must be mostly the links themselves.
  const rest = b.len - head.length;
  return b.linkLen >= rest * 0.6 ? kind : null;
}

/**
 * The block a heading opens: the heading's own element when it also holds the links, else
 * the heading's parent when everything in it after the heading is links, else the
 * link-dominated blocks that follow the heading.
 */
function regionAfterHeading(index: PageIndex, k: number, kind: BlockHeadingKind): Region | null {
  const { blocks } = index;
  let el = blocks[k]!.owner;
  for (let up = 0; up < 4 && el > 0; up++) {
    const from = index.blockStart[el]!;
    const to = index.blockEnd[el]!;
    if (from === k && to > k + 1) {
      if (isLinkList(blocks, k + 1, to)) return { kind, from: k, to, heading: k };
      break;
    }
    if (from !== k) break; // the heading is not at the start of this element
    el = index.parent[el]!;
  }
  const r = extendByLinkBlocks(blocks, kind, k, k);
  return r.to > k + 1 || kind === 'sitewide' ? r : null;
}

/**
 * Is `[from, to)` a list of story links — bare links, or cards of date + headline link +
 * short teaser — rather than article text?
 */
function isLinkList(blocks: readonly TextBlock[], from: number, to: number): boolean {
  if (to - from > MAX_ITEMS * 4) return false;
  let text = 0;
  let links = 0;
  let titles = 0;
  for (let k = from; k < to; k++) {
    const b = blocks[k]!;
    text += b.len;
    links += b.linkLen;
    if (isLinkBlock(b)) titles++;
    else if (b.len > 300) return false; // a paragraph of article text
  }
  if (titles === 0) return false;
  return links >= text * 0.5 || (links >= text * 0.2 && text - links <= 250 * titles);
}

/** The region of block `k` (a heading, or an inline heading with its links) and the following blocks while they are mostly links (or dates). */
function extendByLinkBlocks(blocks: readonly TextBlock[], kind: BlockHeadingKind, k: number, heading: number): Region {
  let to = k + 1;
  let items = 0;
  while (to < blocks.length && items < MAX_ITEMS * 2) {
    const b = blocks[to]!;
    const isLinks = isLinkBlock(b);
    const isDate = b.len <= 40 && isDateLine(phraseKey(b.text));
    if ((!isLinks && !isDate) || isShortHeading(b)) break;
    to++;
    if (isLinks) items++;
  }
  return { kind, from: k, to, heading };
}

/** Items of a region: one per distinct link; dates and sources from the text around it. */
function itemsOf(
  blocks: readonly TextBlock[],
  r: Region,
  baseUrl: string | null,
  ctx: ParseContext,
  yearReference: Date,
): RelatedItem[] {
  const items: RelatedItem[] = [];
  let pendingDate: string | null = null;
  for (let k = r.from; k < r.to && items.length < MAX_ITEMS; k++) {
    if (k === r.heading) continue;
    const b = blocks[k]!;
    let added = false;
    for (const a of b.anchors) {
      const text = elementText(a, 400);
      const shown = cardDate(a, text);
      const title = cleanTitle(shown === null ? text : text.startsWith(shown) ? text.slice(shown.length) : text.endsWith(shown) ? text.slice(0, -shown.length) : text);
      if (title === null) continue;
      // A link that is only a date ("20 ноября 2011", to the day's archive) dates the story after it.
      if (isDateLine(phraseKey(title))) {
        pendingDate = dateOf(title, ctx, yearReference);
        continue;
      }
      const url = absoluteUrl(a.attribs.href ?? '', baseUrl);
      if (url === undefined) continue; // an unsafe scheme: drop the item
      items.push({ title, url, source: null, city: null, snippet: null, publishedAt: (shown === null ? null : dateOf(shown, ctx, yearReference)) ?? pendingDate });
      pendingDate = null;
      added = true;
    }
    if (added) {
      // Text of the same block outside the link: a date or a source line.
      if (b.len > b.linkLen + 4) {
        const last = items[items.length - 1]!;
        last.publishedAt ??= dateOf(b.text, ctx, yearReference);
      }
      continue;
    }
    if (b.len > 300 || b.linkLen > b.len * 0.5) continue; // too long, or a link that gave no item
    const last = items[items.length - 1];
    const follows = last !== undefined && k > r.from && blocks[k - 1]!.anchors.length > 0;
    // An aggregator's "HH:mm dd.mm.yyyy Source - City" line under the headline.
    const meta = follows && last.source === null ? readMeta(b.text, ctx) : null;
    if (meta !== null) {
      last!.publishedAt ??= meta.publishedAt;
      last!.source = meta.source;
      last!.city = meta.city;
      continue;
    }
    const date = dateOf(b.text, ctx, yearReference);
    if (date !== null && b.len <= 60) {
      if (follows && last!.publishedAt === null) last!.publishedAt = date;
      else pendingDate = date;
    } else if (follows && last!.snippet === null && b.len >= 20 && !isDateLine(phraseKey(b.text))) {
      // The teaser text shown under the headline.
      last!.snippet = b.text;
    }
  }
  return items;
}

/**
 * The date a teaser card shows inside its link as an element of its own, first or last
 * ("<a><span>Автобусы пойдут чаще</span><span>08:40</span></a>"), as the link text has it;
 * null when there is none. `whole` is the link's text.
 */
function cardDate(a: Element, whole: string): string | null {
  let e = a;
  for (let depth = 0; depth < 4; depth++) {
    let first: Element | null = null;
    let last: Element | null = null;
    let tags = 0;
    for (const c of e.children) {
      if (c.type !== 'tag') continue;
      first ??= c as Element;
      last = c as Element;
      tags++;
    }
    if (first === null) return null;
    const shown = edgeDate(first, whole) ?? (last === first ? null : edgeDate(last!, whole));
    if (shown !== null || tags > 1) return shown;
    e = first;
  }
  return null;
}

/** The text of a card's edge element when it is only a date, shorter than the whole link. */
function edgeDate(k: Element, whole: string): string | null {
  const t = elementText(k, 80);
  return t !== '' && t.length < whole.length && isDateLine(phraseKey(t)) ? t : null;
}

function readMeta(text: string, ctx: ParseContext): ReturnType<typeof readItemMeta> {
  try {
    return readItemMeta(text.replace(/\s+/g, ' ').trim(), ctx);
  } catch {
    return null;
  }
}

function cleanTitle(text: string): string | null {
  const t = text.replace(/^[\s•·|>»→–—-]+/u, '').replace(/(?<![\s•·|<«←→–—-])[\s•·|<«←→–—-]+$/u, '').trim();
  if (t.length < 4 || !HAS_LETTER.test(t)) return null;
  if (NOT_A_TITLE.has(phraseKey(t).replace(/(?<![.…:!])[.…:!]+$/u, ''))) return null;
  if (classifyHeading(t) !== null) return null;
  return t;
}

function dateOf(text: string, ctx: ParseContext, yearReference: Date): string | null {
  if (text.length > 200) return null;
  try {
    const found = findDateMentions(text, { now: ctx.referenceDate, yearReference, timeZone: ctx.timeZone });
    return found[0]?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * Resolves a link against the page's base URL. Returns `undefined` for an unsafe scheme
 * (`javascript:`, `data:`, `vbscript:`, …), `null` when it cannot be made absolute.
 * @internal
 */
export function absoluteUrl(href: string, baseUrl: string | null): string | null | undefined {
  const h = href.trim();
  if (h === '' || h.startsWith('#')) return null;
  if (UNSAFE_SCHEME.test(h)) return undefined;
  try {
    const url = new URL(h, baseUrl ?? undefined);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href;
  } catch {
    return null;
  }
}

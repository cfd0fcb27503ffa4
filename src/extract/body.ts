import { linkLenOf, textLenOf, type PageIndex, type TextBlock } from '../blocks/from-document.js';
import { classHint, isBoilerplateText, isDateLine, isLegalText, phraseKey, sourceCredit } from './boilerplate.js';
import { zeroed } from '../blocks/scratch-arrays.js';
import { internalized } from '../text/internalized.js';

/** Tags that are page chrome whatever their class. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'menu', 'header']);
/** Tags whose class hints are ignored (they wrap everything). */
const WRAPPER_TAGS = new Set(['html', 'body', 'main']);
/** Readability-style tag weights of a candidate container. */
const TAG_WEIGHT: ReadonlyMap<string, number> = new Map(
  Object.entries({
    div: 5, article: 8, section: 3, td: 3, pre: 3, blockquote: 3, form: -3, ol: -3, ul: -3, li: -3, dl: -3, dd: -3,
    h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, address: -3,
  }),
);
/** Characters that end a sentence (block texts are trimmed, so the last one is checked). */
const SENTENCE_END_CHARS = new Set([...'.!?…»"”)']);
function endsSentence(text: string): boolean {
  return SENTENCE_END_CHARS.has(text.charAt(text.length - 1));
}
const LETTER = /\p{L}/u;
const PROSE_END = /[.!?…]$/;

/** Per-page facts the body extractor shares between its strict and relaxed passes. @internal */
export interface BodyContext {
  index: PageIndex;
  /** Per element: its class/id hint (-1 chrome, 0, 1 body-like). */
  hint: Int8Array;
  /** Per element: index of the nearest chrome ancestor-or-self, or 0. */
  nearestChrome: Int32Array;
  /** Per block: 1 when it is set aside (related blocks, site-rule clean selectors, the title). */
  excluded: Uint8Array;
  /** Lower-cased title, to drop its repeats from the body. */
  titleKey: string | null;
  /** Order of the block that shows the headline, or -1. */
  titleBlock: number;
  /** Prefix counts of headline-link blocks (see isTitleLink). */
  titleLinks: Int32Array;
  /** Per element: 1 when its subtree holds an image. */
  hasImage: Uint8Array;
  /** Per block, memoized: 0 unknown, 1 clean, 2 boilerplate wording, date line or legal notice. */
  wording: Uint8Array;
  /** Per block, memoized: its {@link phraseKey}. */
  keys: (string | undefined)[];
  /** Phrase keys of the page's image texts (`alt`, `title`, `data-caption`, `data-author`): a block repeating one is a caption or a credit. */
  imageTexts: Set<string>;
}

/** The phrase key of a block (memoized per block). @internal */
export function blockKey(bc: BodyContext, b: TextBlock): string {
  let key = bc.keys[b.order];
  if (key === undefined) bc.keys[b.order] = key = phraseKey(b.text);
  return key;
}

/** Image attributes whose text a caption or credit line repeats. */
const IMAGE_TEXT_ATTRIBUTES = ['alt', 'title', 'data-caption', 'data-author'] as const;
/** Image texts shorter than this ("фото", a file name) are not matched. */
const MIN_IMAGE_TEXT = 12;

/** True when a block's wording marks it as chrome (memoized per block). */
function isJunkWording(bc: BodyContext, b: TextBlock): boolean {
  let w = bc.wording[b.order]!;
  if (w === 0) {
    const key = blockKey(bc, b);
    w = isBoilerplateText(key) || isDateLine(key) || (b.len < 400 && isLegalText(key)) ? 2 : 1;
    bc.wording[b.order] = w;
  }
  return w === 2;
}

/** The extracted body. @internal */
export interface BodyResult {
  /** Element index of the container the body was read from. */
  container: number;
  /** Body blocks in order. */
  blocks: TextBlock[];
  /** Source named by an "Источник:" credit line inside the body, if any. */
  source: string | null;
}

/** Verdicts of {@link classHint} by hint string, kept from page to page (emptied past {@link HINT_CACHE_MAX}). */
const HINT_CACHE = new Map<string, -1 | 0 | 1>();
const HINT_CACHE_MAX = 20_000;

/**
 * Per-element class/id hints and the nearest chrome ancestor, in one pre-order pass.
 * @internal
 */
export function bodyContext(index: PageIndex, excluded: Uint8Array, title: string | null): BodyContext {
  const { els, parent } = index;
  const hint = zeroed(Int8Array, els.length);
  const nearestChrome = zeroed(Int32Array, els.length);
  // Lists and teasers repeat the same class names, and so do the pages of one site: each
  // distinct hint string is matched once, in a cache that all pages share.
  if (HINT_CACHE.size > HINT_CACHE_MAX) HINT_CACHE.clear();
  const imageTexts = new Set<string>();
  for (let i = 1; i < els.length; i++) {
    const el = els[i]!;
    if (el.name === 'img') {
      for (const attr of IMAGE_TEXT_ATTRIBUTES) {
        const text = el.attribs[attr];
        if (text !== undefined && text.length >= MIN_IMAGE_TEXT) imageTexts.add(phraseKey(text));
      }
    }
    let h: -1 | 0 | 1 = 0;
    if (!WRAPPER_TAGS.has(el.name)) {
      const hints = index.hints[i]!;
      if (hints !== '') {
        const known = HINT_CACHE.get(hints);
        if (known !== undefined) h = known;
        // Keyed by the engine's own copy of the string: a slice of the page would keep the page alive.
        else HINT_CACHE.set(internalized(hints), (h = classHint(hints)));
      }
    }
    if (h === 0 && CHROME_TAGS.has(el.name)) h = -1;
    hint[i] = h;
    nearestChrome[i] = h < 0 ? i : nearestChrome[parent[i]!]!;
  }
  const titleKey = title === null ? null : phraseKey(title);
  const titleLinks = zeroed(Int32Array, index.blocks.length + 1);
  for (let k = 0; k < index.blocks.length; k++) titleLinks[k + 1] = titleLinks[k]! + (isTitleLink(index.blocks[k]!) ? 1 : 0);
  const hasImage = zeroed(Uint8Array, els.length);
  for (let i = els.length - 1; i > 0; i--) {
    const name = els[i]!.name;
    if (name === 'img' || name === 'picture' || name === 'figure') hasImage[i] = 1;
    if (hasImage[i]) hasImage[parent[i]!] = 1;
  }
  const wording = zeroed(Uint8Array, index.blocks.length);
  const keys: (string | undefined)[] = new Array<string | undefined>(index.blocks.length);
  return { index, hint, nearestChrome, excluded, titleKey, titleBlock: findTitleBlock(index, titleKey), titleLinks, hasImage, wording, keys, imageTexts };
}

/** The first heading block that shows the headline (or a part of it of 10+ characters). */
function findTitleBlock(index: PageIndex, titleKey: string | null): number {
  if (titleKey === null) return -1;
  for (const b of index.blocks) {
    if (b.kind !== 'heading' || b.len < 10 || b.len > titleKey.length + 40) continue;
    const key = phraseKey(b.text);
    if (key === titleKey || titleKey.includes(key) || key.includes(titleKey)) return b.order;
  }
  return -1;
}

/** A block that is mostly link text. @internal */
export function isLinkBlock(b: TextBlock): boolean {
  return b.links > 0 && b.linkLen >= b.len * 0.5;
}

/** A block that is a headline link ("title" of a teaser item). */
function isTitleLink(b: TextBlock): boolean {
  return b.links > 0 && b.len >= 15 && b.linkLen >= b.len * 0.7;
}

/**
 * A teaser: a text block right after a headline link, in a list made of such pairs (or in
 * a small item of at most 4 blocks) — the snippet of another story, not a paragraph of
 * this one.
 */
function isTeaser(bc: BodyContext, b: TextBlock): boolean {
  const { index } = bc;
  // The headline link right before, skipping spacer blocks without letters ("." or "|").
  let prev = index.blocks[b.order - 1];
  if (prev !== undefined && prev.len <= 3 && !LETTER.test(prev.text)) prev = index.blocks[b.order - 2];
  if (prev === undefined || bc.excluded[prev.order] || !isTitleLink(prev)) return false;
  let el = b.owner;
  while (el > 0 && index.blockStart[el]! > prev.order) el = index.parent[el]!;
  const from = index.blockStart[el]!;
  const to = index.blockEnd[el]!;
  if (to - from <= 4) return true;
  const titles = bc.titleLinks[to]! - bc.titleLinks[from]!;
  const texts = to - from - titles;
  return titles >= 3 && titles >= texts * 0.6;
}

/**
 * A photo caption or credit: a `<figcaption>`, or a short block in a small box holding an
 * image — up to 3 levels up and 2 blocks, or up to 4 levels and 6 blocks (a gallery's
 * buttons and counters) when the block repeats an image's alt, title or credit text and
 * does not end like a sentence.
 * @internal
 */
export function isCaption(bc: BodyContext, b: TextBlock): boolean {
  if (b.kind === 'caption') return true;
  if (b.len > 250 || b.kind === 'heading') return false;
  const { index } = bc;
  // A paragraph ending like a sentence may be the text an image's alt was copied from (Dzen does that).
  const repeatsImage = b.len >= MIN_IMAGE_TEXT && !PROSE_END.test(b.text) && bc.imageTexts.has(blockKey(bc, b));
  let el = b.owner;
  for (let up = 0; up < (repeatsImage ? 4 : 3) && el > 0; up++) {
    const blocks = index.blockEnd[el]! - index.blockStart[el]!;
    if (repeatsImage ? blocks > 6 : textLenOf(index, el) > 400 || blocks > 2) return false;
    if (bc.hasImage[el]) return true;
    el = index.parent[el]!;
  }
  return false;
}

/**
 * Finds the article body: scores paragraph containers by their text (length, commas),
 * link density and class hints, picks the best, widens it while that adds more content
 * than chrome, and keeps the blocks inside that are not chrome, boilerplate, related
 * blocks or date / credit lines.
 * @internal
 */
export function extractBody(bc: BodyContext, forced: number | null, relaxed: boolean): BodyResult {
  if (forced !== null) {
    return collectBlocks(bc, forced, bc.index.blockStart[forced]!, bc.index.blockEnd[forced]!, relaxed);
  }
  const container = pickContainer(bc, relaxed);
  const { from, to } = widen(bc, container, relaxed);
  return collectBlocks(bc, container, from, to, relaxed);
}

/** A block outside the running: set aside, or (strict pass) inside chrome. */
function isOutside(bc: BodyContext, b: TextBlock, relaxed: boolean): boolean {
  return bc.excluded[b.order]! > 0 || (!relaxed && bc.nearestChrome[b.owner]! > 0);
}

/** Is this block real article text (for scoring)? */
function isContent(bc: BodyContext, b: TextBlock, relaxed: boolean): boolean {
  if (isOutside(bc, b, relaxed)) return false;
  if (b.len < (relaxed ? 12 : 25) || isCaption(bc, b)) return false;
  if (b.linkLen > b.len * (relaxed ? 0.5 : 0.33)) return false;
  if (!LETTER.test(b.text)) return false;
  if (!(b.len >= 80 || endsSentence(b.text) || relaxed)) return false;
  if (isJunkWording(bc, b) || (b.len >= 400 && isLegalText(blockKey(bc, b)))) return false;
  return !isTeaser(bc, b);
}

function pickContainer(bc: BodyContext, relaxed: boolean): number {
  const { index } = bc;
  const { els, parent, blocks } = index;
  const n = els.length;
  const score = zeroed(Float64Array, n);
  const touched = zeroed(Uint8Array, n);

  for (const b of blocks) {
    if (!isContent(bc, b, relaxed)) continue;
    const s = 1 + countCommas(b.text) + Math.min(Math.floor(b.len / 100), 3);
    // Credit the paragraph's parent fully, its ancestors less and less.
    let el = b.kind === 'text' ? b.owner : parent[b.owner]!;
    for (let level = 0; level < 5 && el > 0; level++) {
      if (!touched[el]) {
        touched[el] = 1;
        score[el] = initialScore(bc, el);
      }
      score[el] = score[el]! + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      el = parent[el]!;
    }
  }

  let top = -1;
  let topScore = -Infinity;
  for (let i = 1; i < n; i++) {
    if (!touched[i]) continue;
    const text = textLenOf(index, i);
    const density = text > 0 ? linkLenOf(index, i) / text : 0;
    const s = score[i]! * (1 - density) * nearTitle(bc, i);
    if (s > topScore) {
      topScore = s;
      top = i;
    }
  }
  return Math.max(top, 0);
}

/**
 * Widens the chosen container over the blocks next to it, in both directions, while they
 * are article text or short neutral lines (headings, datelines); a link list, chrome,
 * boilerplate or a related block stops it. When the whole parent is absorbed, goes on
 * from the parent. Returns the block range.
 */
function widen(bc: BodyContext, container: number, relaxed: boolean): { from: number; to: number } {
  const { index } = bc;
  let from = index.blockStart[container]!;
  let to = index.blockEnd[container]!;
  for (let p = index.parent[container]!; p > 0 && !WRAPPER_TAGS.has(index.els[p]!.name); p = index.parent[p]!) {
    const pf = index.blockStart[p]!;
    const pt = index.blockEnd[p]!;
    from = stretch(bc, from, pf, -1, relaxed);
    to = stretch(bc, to, pt, 1, relaxed);
    if (from !== pf || to !== pt) break;
  }
  return { from, to };
}

/**
 * Moves the range edge `edge` one block at a time (`step` -1: backwards, 1: forwards)
 * towards `limit`, the parent's edge, over article text and at most 3 neutral blocks in a
 * row; returns the new edge: past the last article text, or `limit` when all was crossed.
 */
function stretch(bc: BodyContext, edge: number, limit: number, step: -1 | 1, relaxed: boolean): number {
  let k = edge;
  let neutral = 0;
  while (k !== limit) {
    const kind = extendable(bc, bc.index.blocks[step < 0 ? k - 1 : k]!, relaxed);
    if (kind === 0) break;
    k += step;
    if (kind === 2) {
      edge = k;
      neutral = 0;
    } else if (++neutral > 3) break;
  }
  return k === limit && neutral <= 3 ? limit : edge;
}

/** 0: stops widening; 1: neutral (short line); 2: article text. */
function extendable(bc: BodyContext, b: TextBlock, relaxed: boolean): 0 | 1 | 2 {
  if (isOutside(bc, b, relaxed)) return 0;
  if (isContent(bc, b, relaxed)) return 2;
  if (isLinkBlock(b)) return 0;
  if (b.len > 80) return 0;
  if (isJunkWording(bc, b) && !isDateLine(blockKey(bc, b))) return 0;
  return 1;
}

/** Bodies follow their headline: candidates near it are preferred, ones far below it (footers) less so. */
function nearTitle(bc: BodyContext, el: number): number {
  const t = bc.titleBlock;
  if (t < 0) return 1;
  const from = bc.index.blockStart[el]!;
  const to = bc.index.blockEnd[el]!;
  if (from <= t + 1 && to > t) return 1.5; // contains the headline
  if (from > t && from <= t + 25) return 1.5;
  if (from > t + 80) return 0.7;
  return 1;
}

function initialScore(bc: BodyContext, el: number): number {
  const name = bc.index.els[el]!.name;
  return (TAG_WEIGHT.get(name) ?? 0) + bc.hint[el]! * 25;
}

function collectBlocks(bc: BodyContext, container: number, from: number, to: number, relaxed: boolean): BodyResult {
  const { index } = bc;
  const out: TextBlock[] = [];
  let source: string | null = null;
  for (let k = from; k < to; k++) {
    const b = index.blocks[k]!;
    if (bc.excluded[k]) continue;
    const chrome = bc.nearestChrome[b.owner]!;
    if (!relaxed && chrome > 0 && (chrome > container || index.end[chrome]! <= container)) continue;
    if (!LETTER.test(b.text)) continue;
    if (bc.titleKey !== null && blockKey(bc, b) === bc.titleKey) continue;
    const credit = sourceCredit(b.text);
    if (credit !== null) {
      source ??= credit;
      continue;
    }
    if (isJunkWording(bc, b)) continue;
    if (isCaption(bc, b)) continue;
    // Link lists (navigation, tags, teasers) inside the container.
    if (b.links > 0 && b.linkLen > b.len * 0.6 && !(b.kind === 'p' && b.len > 120 && b.linkLen < b.len * 0.9)) continue;
    if (b.len < 25 && b.kind !== 'heading' && b.kind !== 'p' && !endsSentence(b.text)) continue;
    out.push(b);
  }
  return { container, blocks: out, source };
}

/** Commas (Latin, Arabic, ideographic) in a block: a sign of running prose. */
function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x60c || c === 0x3001) n++;
  }
  return n;
}

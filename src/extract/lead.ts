import { linkLenOf, textLenOf, type TextBlock } from '../blocks/from-document.js';
import { blockKey, isCaption, type BodyContext, type BodyResult } from './body.js';
import { isBoilerplateText, isLeadHint, phraseKey } from './boilerplate.js';

/** A lead / announce element is at most this long. */
const MAX_LEAD = 1500;
const MIN_LEAD = 30;

/**
 * Picks the lead: the site rule's lead element, else an announce / lead / intro /
 * subtitle element next to (or inside) the body container, else a paragraph above the
 * body that the page's meta description quotes, else the first body paragraph. Returns
 * the lead and the body blocks that remain after it.
 * @internal
 */
export function pickLead(
  bc: BodyContext,
  body: BodyResult,
  ruleLead: number | null,
  description: string | null,
): { lead: string | null; blocks: TextBlock[] } {
  const el = ruleLead ?? hintedLead(bc, body.container) ?? quotedLead(bc, body, description);
  if (el !== null) {
    const { index } = bc;
    const from = index.blockStart[el]!;
    const to = index.blockEnd[el]!;
    const parts: string[] = [];
    for (let k = from; k < to; k++) {
      const b = index.blocks[k]!;
      if (!isBoilerplateText(blockKey(bc, b))) parts.push(b.text);
    }
    const lead = parts.join(' ');
    if (lead.length >= MIN_LEAD / 2) {
      const rest = body.blocks.filter((b) => b.order < from || b.order >= to);
      // The lead often repeats as the first paragraph: keep it once.
      const leadKey = phraseKey(lead);
      if (rest.length > 0 && blockKey(bc, rest[0]!) === leadKey) rest.shift();
      return { lead, blocks: rest };
    }
  }
  const [first, ...rest] = body.blocks;
  return { lead: first?.text ?? null, blocks: rest };
}

/**
 * The first element with a lead-like class (`lead`, `announce`, `anons`, `intro`,
 * `subtitle`, …) inside the container's grandparent, not containing the container,
 * holding a paragraph of plain text.
 */
function hintedLead(bc: BodyContext, container: number): number | null {
  const { index } = bc;
  const scope = index.parent[container]! > 0 ? index.parent[container]! : container;
  const end = index.end[scope]!;
  // The lead comes before the body text or among its first blocks, never after it.
  const latest = index.blockStart[container]! + 2;
  for (let i = scope; i < end; i++) {
    if (i <= container && index.end[i]! >= index.end[container]!) continue; // an ancestor of the body
    if (index.blockStart[i]! > latest) break;
    if (!isLeadHint(index.hints[i]!)) continue;
    const from = index.blockStart[i]!;
    const to = index.blockEnd[i]!;
    if (to <= from || to - from > 4) continue;
    const len = textLenOf(index, i);
    const links = linkLenOf(index, i);
    if (len < MIN_LEAD || len > MAX_LEAD || links > len * 0.3) continue;
    // A photo caption marked up as the image's description is not the lead.
    if (index.blocks.slice(from, to).some((b) => isCaption(bc, b))) continue;
    if (!bc.excluded.subarray(from, to).some((x) => x !== 0)) return i;
  }
  return null;
}

/** The description must quote at least this much of the paragraph to mark it as the lead. */
const QUOTE_PREFIX = 60;
/** How far above the body (in blocks) a quoted lead is looked for. */
const QUOTE_REACH = 40;
const ELLIPSIS_END = /(?:\.{3}|…)$/;

/**
 * A paragraph above the body container whose beginning the meta description quotes (sites
 * often copy the lead there, cut with "…"), nearest to the body first: the lead of pages
 * that set it apart from the text, in a header box the body scorer leaves out. Not taken
 * when a body paragraph already holds the quoted text or retells it (70% of its words or
 * more).
 */
function quotedLead(bc: BodyContext, body: BodyResult, description: string | null): number | null {
  if (description === null) return null;
  const key = phraseKey(description).replace(ELLIPSIS_END, '').trimEnd();
  if (key.length < QUOTE_PREFIX) return null;
  const prefix = key.slice(0, QUOTE_PREFIX);
  const bodyKeys = body.blocks.map((b) => blockKey(bc, b));
  // The body already holds the quoted text (after a dateline, say): nothing to add.
  if (bodyKeys.some((text) => text.includes(prefix))) return null;
  const { index } = bc;
  const first = index.blockStart[body.container]!;
  for (let k = first - 1; k >= 0 && k >= first - QUOTE_REACH; k--) {
    const b = index.blocks[k]!;
    if (b.kind === 'heading' || b.len < QUOTE_PREFIX || b.len > MAX_LEAD || b.linkLen > b.len * 0.3 || bc.excluded[k]) continue;
    const text = blockKey(bc, b);
    if (!text.startsWith(prefix)) continue;
    // A teaser or summary above the story that retells one of its paragraphs is not a lead of its own.
    return bodyKeys.some((o) => sharedWords(text, o) >= RETOLD) ? null : b.owner;
  }
  return null;
}

const WORD = /\p{L}{4,}/gu;
/** A paragraph sharing this share of a candidate's words retells it. */
const RETOLD = 0.7;

/** The share of the words (4+ letters) of the first 300 characters of `a` that `b` also has. */
function sharedWords(a: string, b: string): number {
  const words = a.slice(0, 300).match(WORD) ?? [];
  if (words.length === 0) return 0;
  const other = new Set(b.match(WORD));
  return words.filter((w) => other.has(w)).length / words.length;
}

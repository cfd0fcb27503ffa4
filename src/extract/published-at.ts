import type { AnyNode, Document, Element } from 'domhandler';
import { findDateMentions } from '../date/find-date-mentions.js';
import type { InternalMention } from '../date/internal.js';
import { readOffset } from '../date/match-fields.js';
import { parseMachineDate } from '../date/parse-machine-date.js';
import { toZonedIso, zoneOffsetMinutes } from '../date/zoned-iso.js';
import type { ParseContext } from '../options.js';
import type { SiteRules } from '../sites/define-site-rules.js';
import { selectEach } from '../sites/select.js';
import { type LdNode, ldString } from './json-ld.js';
import type { MetadataIndex } from './metadata-index.js';
import { hasClassHint, lettersOf } from './metadata-helpers.js';
import { COMMENT_CLASS_HINTS, COMMENT_COUNT_HINTS, DATE_CLASS_HINTS, MODIFIED_META_KEYS, PUBLISHED_META_KEYS, WEAK_DATE_META_KEYS } from './metadata-vocabulary.js';
import { cleanText, closest, contains, hasAncestor, nextInOrder, prevInOrder, squash } from './node-text.js';
import { dateFromUrl } from './url-date.js';

/** Where a date was read. Lower ranks are more trusted. @internal */
export type DateSource = 'rule' | 'jsonld' | 'meta' | 'itemprop' | 'weak' | 'time' | 'visible' | 'url';

/** A date read from the page, already rendered in the outlet's zone. @internal */
export interface DateCandidate {
  /** ISO 8601 in the zone: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss±HH:MM`. */
  value: string;
  /** True when the time of day is known. */
  timed: boolean;
  source: DateSource;
  /** True when the page wrote an offset or `Z` (or "МСК") with it. */
  explicitOffset: boolean;
  /** `YYYY-MM-DDTHH:mm` exactly as written (before any zone conversion), for timed machine values. */
  written?: string;
  /** True for relative visible dates ("вчера в 15:59"). */
  relative?: boolean;
  /** The clock time written with a relative date, `HH:mm` ("вчера в 15:59" → `15:59`). */
  clock?: string;
  /** The offset written with a machine value, in minutes, when there was one. */
  writtenOffset?: number | null;
  /** True when the visible date had no year and the year was inferred. */
  yearImplied?: boolean;
  /** Set by reconcile() on a visible date chosen over metadata whose offset was stale. */
  stale?: boolean;
}

/** What the date extractor needs besides the page. @internal */
export interface DateInputs {
  doc: Document;
  index: MetadataIndex;
  rules: SiteRules | null;
  article: LdNode | null;
  page: LdNode | null;
  titleElement: Element | null;
  /** The element holding the article (see html-metadata.ts), searched when no date line is near the headline. */
  scope?: Element | null;
  pageUrl: string | null;
  ctx: ParseContext;
}

/** The chosen dates. @internal */
export interface PageDates {
  publishedAt: string | null;
  modifiedAt: string | null;
}

const EXPLICIT_OFFSET = /(?:z|[+-]\d{2}:?\d{2}|gmt|utc|ut|msk|мск|[ecmp][sd]t)\s{0,3}$/iu;
const WRITTEN_WALL = /^\s{0,4}(\d{4}-\d{2}-\d{2})[T\s](\d{2}:\d{2})/u;
const EPOCH = /^\s{0,4}(\d{9,10}|\d{12,13})\s{0,4}$/u;
const PUBLISHED_PROPS = /(?:^|\s)(?:datepublished|datecreated|uploaddate|pubdate|dateposted)(?:\s|$)/iu;
const MODIFIED_PROPS = /(?:^|\s)datemodified(?:\s|$)/iu;
/** Cheap pre-check before the date finder runs: digits or a relative day word ("вчера" also finds "позавчера"). */
const MAY_HOLD_DATE = /\d|сегодня|вчера|назад|только что/iu;

/** How far the visible-date search walks from the headline. */
const FORWARD_NODES = 40;
const FORWARD_CHARS = 2500;
const BACKWARD_NODES = 20;
const BACKWARD_CHARS = 800;
const YEAR_MS = 365 * 86_400_000;
/** No Russian news site published before this year. */
const MIN_YEAR = 1991;
/** At most this many microdata dates are checked (each needs a walk up the tree). */
const MAX_SCOPED = 200;
/** At most this many nodes are stepped over in each direction from the headline, empty ones included. */
const MAX_STEPS = 20_000;
/** A text longer than this is prose, not a date line. */
const DATE_LINE_MAX = 140;

/**
 * Reads the publication and modification dates, best source first: site rule, JSON-LD,
 * `article:published_time` and other meta, microdata of the article itself, then a
 * `<time>` or a visible Russian date line next to the headline, then a date in the URL.
 *
 * Metadata and the visible date line are compared: a date-only value takes its time of day
 * from a visible line of the same day; a machine value whose written wall clock equals the
 * visible one but whose offset is not the zone's (a stale `+04:00` in Moscow after 2014)
 * is read as wall time; otherwise, when they disagree, the value with an explicit offset
 * wins and a warning is added.
 *
 * A visible date without a year is read in the year of the metadata date, else of the date
 * in the URL, else of the reference date, and never later than the reference date (or
 * now). With no metadata and no `referenceDate`, a relative visible date ("Сегодня в
 * 17:46") takes its day from the URL when the URL has one.
 * @internal
 */
export function extractDates(input: DateInputs): PageDates {
  const { ctx } = input;
  let best = pickMetadata(candidates(input, false));
  // With no metadata, a day in the URL anchors the year of a visible date written without one.
  const url = best === null ? urlCandidate(input.pageUrl ?? ctx.url) : null;
  const anchor = best ?? url;
  const yearReference = anchor !== null ? new Date(instant(anchor.value)) : ctx.referenceDate;
  const visible = nearTitleDate(input, yearReference) ?? (best === null ? scopeDateLine(input, yearReference) : null);
  if (best === null) {
    best = visible ?? url;
    if (best?.relative === true && url !== null && !ctx.referenceDateGiven) {
      // "Сегодня в 17:46" on a saved page was said on the day it was saved, not today: the URL has the day.
      best = { ...url, ...(best.clock === undefined ? {} : { value: wallValue(`${url.value}T${best.clock}`, ctx.timeZone) ?? url.value, timed: true }) };
      ctx.warn('The page shows a relative date ("сегодня", "вчера"); its day was read from the page URL.');
    } else if (best?.source === 'url') {
      ctx.warn('The publication date was read from the page URL (the day only): the page shows no date of its own.');
    }
    if (best?.source === 'visible') {
      if (best.yearImplied === true) {
        ctx.warn(
          `The publication date shown on the page has no year; the year was ${
            url !== null ? 'inferred from the date in the page URL.' : ctx.referenceDateGiven ? 'inferred from referenceDate.' : 'guessed from today. Pass referenceDate to pin it.'
          }`,
        );
      }
      if (best.relative && !ctx.referenceDateGiven) {
        ctx.warn('The publication date was read from a relative date ("вчера", "сегодня") against the current time; pass referenceDate to pin it.');
      }
    }
  } else if (visible !== null && !(visible.relative && !ctx.referenceDateGiven)) {
    best = reconcile(best, visible, ctx);
  }
  const modified = pickMetadata(candidates(input, true));
  // The publication date's offset was stale: so is the modification date's, whose written wall clock is read in the zone.
  const rewritten = best?.stale === true && modified?.explicitOffset === true && modified.written !== undefined ? wallValue(modified.written, ctx.timeZone) : null;
  return { publishedAt: best?.value ?? null, modifiedAt: rewritten ?? modified?.value ?? null };
}

/**
 * Candidates for the publication (or, with `modified`, the modification) date from every
 * metadata source, in source order. Of the rule selectors only the first match counts for
 * the publication date.
 */
function candidates(input: DateInputs, modified: boolean): DateCandidate[] {
  const { rules, ctx } = input;
  const out: DateCandidate[] = [];
  // All rule selectors in one pass over the tree (first match of each), tried in rule order.
  for (const [el] of selectEach(input.doc, (modified ? rules?.modifiedAt : rules?.publishedAt) ?? [], 1)) {
    const c = el === undefined ? null : elementDate(el, 'rule', ctx);
    if (c !== null) {
      out.push(c);
      if (!modified) break;
    }
  }
  for (const node of [input.article, input.page]) {
    for (const key of modified ? ['dateModified'] : ['datePublished', 'dateCreated', 'uploadDate']) {
      const c = node === null ? null : machineCandidate(ldString(node[key]), 'jsonld', ctx);
      if (c !== null) {
        out.push(c);
        break;
      }
    }
  }
  metaCandidates(input, modified ? MODIFIED_META_KEYS : PUBLISHED_META_KEYS, 'meta', out);
  itempropDates(input, modified ? MODIFIED_PROPS : PUBLISHED_PROPS, out);
  if (!modified) metaCandidates(input, WEAK_DATE_META_KEYS, 'weak', out);
  return out;
}

/** Pushes the dates of the named `<meta>` tags (microdata metas excluded: itempropDates reads those). */
function metaCandidates(input: DateInputs, keys: readonly string[], source: DateSource, out: DateCandidate[]): void {
  for (const key of keys) {
    for (const m of input.index.metas.get(key) ?? []) {
      if (m.element.attribs.itemprop !== undefined) continue;
      const c = machineCandidate(m.content, source, input.ctx);
      if (c !== null) out.push(c);
    }
  }
}

/**
 * The best candidate of the most trusted source; within one source, a timed value beats a
 * date-only one of the same day (`<meta itemprop=datePublished content="2024-05-19">` next to
 * the exact `content="2024-05-19T02:05:26+03:00"`).
 */
function pickMetadata(list: readonly DateCandidate[]): DateCandidate | null {
  const first = list[0];
  return first === undefined || first.timed ? (first ?? null) : (list.find((c) => c.timed && c.value.slice(0, 10) === first.value) ?? first);
}

/**
 * Compares the metadata date with the visible date line next to the headline and returns
 * the one kept; a visible date kept because the metadata's offset is stale comes back
 * with `stale` set.
 */
function reconcile(meta: DateCandidate, visible: DateCandidate, ctx: ParseContext): DateCandidate {
  const metaDay = meta.value.slice(0, 10);
  const visibleDay = visible.value.slice(0, 10);
  if (meta.source === 'weak' && !visible.relative && visibleDay !== metaDay) {
    warnDisagree(meta, visible, ctx, 'A generic "date" meta gives', 'visible');
    return visible;
  }
  if (!meta.timed) {
    if (visible.timed && visibleDay === meta.value) return visible;
    if (visibleDay !== metaDay && !visible.relative) warnDisagree(meta, visible, ctx);
    return meta;
  }
  if (!visible.timed) {
    // More than a day apart (both days taken at noon UTC).
    if (!visible.relative && visible.value !== metaDay && Math.abs(instant(visibleDay) - instant(metaDay)) > 86_400_000) warnDisagree(meta, visible, ctx);
    return meta;
  }
  const diff = Math.abs(instant(meta.value) - instant(visible.value));
  if (diff < 60_000) return meta;
  // Midnight on the dot is how many CMSs store a date without a time.
  if (meta.value.slice(10, 19) === 'T00:00:00' && visibleDay === metaDay) return visible;
  // A stale offset: the wall clock written in the metadata is the one shown on the page.
  if (
    meta.explicitOffset && meta.written === visible.value.slice(0, 16) && wholeHalfHours(diff) && diff <= 14 * 3_600_000 &&
    typeof meta.writtenOffset === 'number' && (meta.writtenOffset === 0 || zoneUsedOffset(ctx.timeZone, meta.writtenOffset))
  ) {
    ctx.warn(`The page's metadata gives the publication time ${meta.written} with an offset that is not the one of ${ctx.timeZone} at that date; the wall clock shown on the page was read in ${ctx.timeZone}.`);
    return { ...visible, stale: true };
  }
  if (meta.explicitOffset || visible.relative) {
    warnDisagree(meta, visible, ctx);
    return meta;
  }
  ctx.warn(`The page's metadata gives the publication date ${meta.value} without an offset, but the page shows ${visible.value}; the visible date was kept.`);
  return visible;
}

/** True when `ms` is a whole number of half hours, give or take a minute (seconds dropped on the page). */
function wholeHalfHours(ms: number): boolean {
  const r = ms % 1_800_000;
  return r < 60_000 || r > 1_740_000;
}

function warnDisagree(meta: DateCandidate, visible: DateCandidate, ctx: ParseContext, says = "The page's metadata gives the publication date", kept = 'metadata'): void {
  ctx.warn(`${says} ${meta.value}, but the date shown next to the headline reads ${visible.value}; the ${kept} date was kept.`);
}

/** A machine-written date (ISO, RFC 2822, Unix time) rendered in the zone. */
function machineCandidate(text: string | null | undefined, source: DateSource, ctx: ParseContext): DateCandidate | null {
  if (text === null || text === undefined) return null;
  const raw = squash(text);
  if (raw === '' || raw.length > 100) return null;
  const latest = ctx.referenceDate.getTime() + 366 * 86_400_000;
  const epoch = EPOCH.exec(raw);
  if (epoch !== null) {
    const digits = epoch[1]!;
    const ms = Number(digits) * (digits.length <= 10 ? 1000 : 1);
    // Plausible publication instants only (1995 to a year after the reference).
    if (ms < 788_918_400_000 || ms > latest) return null;
    const value = toZonedIso(new Date(ms), ctx.timeZone);
    return value === null ? null : { value, timed: true, source, explicitOffset: true };
  }
  const parsed = parseMachineDate(raw, ctx.timeZone, ctx.referenceDate);
  if (parsed === null || parsed.end !== undefined) return null;
  // Template defaults ("1970-01-01", "0001-01-01") and typos far in the future are not publication dates.
  const year = Number(parsed.value.slice(0, 4));
  if (year < MIN_YEAR || instant(parsed.value) > latest) return null;
  const timed = isTimed(parsed.granularity);
  if (!timed && parsed.granularity !== 'day') return null;
  const wall = WRITTEN_WALL.exec(raw);
  return {
    value: parsed.value,
    timed,
    source,
    explicitOffset: timed && EXPLICIT_OFFSET.test(raw),
    written: wall === null ? undefined : `${wall[1]}T${wall[2]}`,
    writtenOffset: writtenOffsetOf(raw),
  };
}

const NUMERIC_OFFSET = /(z|[+-]\d{2}:?\d{2})\s{0,3}$/iu;

/** The offset written at the end of an ISO value, in minutes (`Z` → 0), or null (none, or out of range). */
function writtenOffsetOf(raw: string): number | null {
  const token = NUMERIC_OFFSET.exec(raw)?.[1];
  return token === undefined ? null : token === 'z' || token === 'Z' ? 0 : readOffset(token);
}

/**
 * True when `zone` used the offset `minutes` at some point since 2000 (Moscow: +03:00 and
 * +04:00). A page's offset that the zone once had is a stale label (and `Z` is the usual
 * label of a local time written by a careless template); one it never had means the
 * page's zone is not the one the caller assumed.
 */
function zoneUsedOffset(zone: string, minutes: number): boolean {
  for (let year = 2000; year <= 2030; year++) {
    for (const month of [0, 6]) {
      if (zoneOffsetMinutes(new Date(Date.UTC(year, month, 1)), zone) === minutes) return true;
    }
  }
  return false;
}

/** A date from an element: its `datetime` / `content` attribute, else its text. */
function elementDate(el: Element, source: DateSource, ctx: ParseContext): DateCandidate | null {
  const attr = el.attribs.datetime ?? el.attribs.content;
  return (attr === undefined ? null : machineCandidate(attr, source, ctx)) ?? textDate(cleanText(el, 400), source, ctx, ctx.referenceDate, false);
}

/** The date of a short text (a date line): the first full-day mention, if the text is mostly that date. */
function textDate(raw: string, source: DateSource, ctx: ParseContext, yearReference: Date, requireLine: boolean | 'hinted'): DateCandidate | null {
  if (raw.length > (requireLine ? DATE_LINE_MAX : 400) || !MAY_HOLD_DATE.test(raw)) return null; // '' holds no date either
  const text = requireLine ? raw.replace(LINE_LAYOUT, '$1$2 ').replace(CLOCK_SLASH, '$1 ') : raw;
  const mentions = findDateMentions(text, { now: ctx.referenceDate, yearReference, timeZone: ctx.timeZone });
  for (const m of mentions) {
    // A day or finer, not a range.
    if (m.end !== undefined || (m.granularity !== 'day' && !isTimed(m.granularity))) continue;
    if (requireLine === true && !isDateLine(text, m)) continue;
    if (requireLine === 'hinted' && m.index > 80) continue;
    // A page cannot show a publication date later than the moment it was saved (or now): a
    // date without a year is of the year before; a later date given in full is not the page's.
    if (source === 'visible' && instant(m.value) > ctx.referenceDate.getTime() + 36 * 3_600_000) {
      if (m.yearImplied && yearReference.getTime() > ctx.referenceDate.getTime() - YEAR_MS) {
        return textDate(raw, source, ctx, new Date(yearReference.getTime() - YEAR_MS), requireLine);
      }
      if (ctx.referenceDateGiven) continue;
    }
    // "4 декабря 2017 | 23:16", "23:16 / 04.12.2017": a lone clock time elsewhere on a date line is the date's.
    const withTime = requireLine && m.granularity === 'day' ? lineClock(text, m, ctx.timeZone) : null;
    return {
      value: withTime ?? m.value,
      timed: withTime !== null || isTimed(m.granularity),
      source,
      explicitOffset: withTime === null && /мск|msk|utc|gmt/iu.test(m.text),
      relative: m.relative,
      clock: m.relative ? clockOf(m.text) : undefined,
      yearImplied: m.yearImplied,
    };
  }
  return null;
}

/**
 * Layout in a date line, read as a space: brackets and bars ("[11:48/08.12.2011]",
 * "23:16 | 04.12.2017"), a comma before the year ("1:27, 27 ноября, 2011"), and the seam
 * between a digit and a letter where elements meet with no space ("27 февраля 2022Интернет").
 */
const LINE_LAYOUT = /[[\]|]|([a-zа-яё])(?:,(?=\s{0,4}(?:19|20)\d{2}(?!\d))|(?=\d))|(\d)(?=[a-zа-яё])/giu;
/** A slash between a clock time and a date: "11:48/08.12.2011", "08.12.2011/11:48". */
const CLOCK_SLASH = /(\d:\d{2}|\d{4})\/(?=\d)/gu;
const CLOCK = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/gu;

/** The first clock time in `text` as `HH:mm`, if there is one. */
function clockOf(text: string): string | undefined {
  const c = text.matchAll(CLOCK).next().value;
  return c && `${c[1]!.padStart(2, '0')}:${c[2]}`;
}

/** The day of `m` at the only clock time found elsewhere on the line, as ISO in the zone; null when there is none or several. */
function lineClock(text: string, m: InternalMention, zone: string): string | null {
  const rest = text.slice(0, m.index) + ' '.repeat(m.text.length) + text.slice(m.index + m.text.length);
  const clocks = [...rest.matchAll(CLOCK)];
  if (clocks.length !== 1) return null;
  const c = clocks[0]!;
  return wallValue(`${m.value}T${c[1]!.padStart(2, '0')}:${c[2]}`, zone);
}

/** A value precise to the minute or second. */
function isTimed(granularity: string): boolean {
  return granularity === 'minute' || granularity === 'second';
}

/**
 * True when a date is the main content of a short text: a date line such as
 * "27.08.2018, 18:34" or "Опубликовано: 4 декабря 2017, 23:16 | Просмотров: 120", not a
 * sentence that mentions a date.
 */
function isDateLine(text: string, m: InternalMention): boolean {
  const letters = lettersOf(text).length;
  const dateLetters = lettersOf(m.text).length;
  if (letters === 0) return false;
  if (dateLetters / letters >= 0.45) return true;
  // A date at the very start or end of a short line with few words around it.
  const words = text.split(/\s+/u).length - m.text.split(/\s+/u).length;
  return words <= 6 && (m.index <= 2 || m.index + m.text.length >= text.length - 2);
}

/** Pushes the microdata dates whose item is the article itself (not a teaser of another story). */
function itempropDates(input: DateInputs, props: RegExp, out: DateCandidate[]): void {
  let checked = 0;
  for (const el of input.index.itemprops) {
    if (!props.test(el.attribs.itemprop!)) continue; // every indexed itemprop element has one
    if (++checked > MAX_SCOPED) break;
    if (!inMainScope(el, input)) continue;
    const c = elementDate(el, 'itemprop', input.ctx);
    if (c !== null) out.push(c);
  }
}

/**
 * True when an `itemprop` belongs to the page's own item: it has no enclosing `itemscope`,
 * or that item holds the headline or the article body.
 */
function inMainScope(el: Element, input: DateInputs): boolean {
  const scope = closest(el.parent ?? el, (e) => e.attribs.itemscope !== undefined, 200);
  if (scope === null || scope.name === 'html' || scope.name === 'body') return true;
  if (input.titleElement !== null && contains(scope, input.titleElement)) return true;
  for (const a of input.index.articles.slice(0, 50)) if (a.attribs.itemprop !== undefined && contains(scope, a)) return true;
  // A scope that is a teaser has its own headline or link; a scope without one may be the page's.
  if (input.titleElement === null) {
    const type = (scope.attribs.itemtype ?? '').toLowerCase();
    return /article|posting|webpage/u.test(type) && !hasAncestor(scope, (e) => e.name === 'li' || e.name === 'a', 8);
  }
  return false;
}

/**
 * The date line nearest to the headline: a `<time datetime>` or a short text that is
 * mostly a date, within a few elements before or after the headline. Text inside links
 * (dates of other stories), comments and relative-word sidebar items is skipped. A date
 * without a year is read in the year nearest to `yearReference`.
 */
function nearTitleDate(input: DateInputs, yearReference: Date): DateCandidate | null {
  const anchor = input.titleElement ?? input.index.articles[0] ?? null;
  if (anchor === null) return null;
  const seen = new Set<AnyNode>();
  // Neighbouring text nodes share their ancestors: each element's verdict and line text are worked out once per call.
  const skipElement = memoized(skipsDates);
  const isSkipped = (node: AnyNode): boolean => hasAncestor(node, skipElement, 12);
  const lineText = memoized((owner: AnyNode) => cleanText(owner, DATE_LINE_MAX + 1));
  // `squashed`: a text node's squashed text, never empty (see walkNear).
  const check = (node: AnyNode, squashed?: string): DateCandidate | null => {
    if (node.type === 'tag' && node.name === 'time') {
      if (seen.has(node) || isSkipped(node)) return null;
      seen.add(node);
      // The wall clock shown wins over the attribute, so that a stale offset in the attribute shows.
      const shown = textDate(cleanText(node, 200), 'visible', input.ctx, yearReference, true);
      if (shown !== null && shown.timed && !shown.relative) return shown;
      const attr = node.attribs.datetime;
      const c = attr === undefined ? null : machineCandidate(attr, 'time', input.ctx);
      return c ?? shown;
    }
    if (node.type !== 'text' || isSkipped(node)) return null;
    // The date line is the largest short element around the text that reads as one (a date
    // split over spans reads whole); short of the element holding the headline. Tried from
    // the largest down, so that a short box of share buttons around a date still yields it.
    const levels: AnyNode[] = [node];
    let up = node.parent;
    for (let level = 0; up !== null && up.type === 'tag' && level < 3; level++, up = up.parent) {
      if (input.titleElement !== null && contains(up, input.titleElement, 64)) break;
      if (lineText(up).length > DATE_LINE_MAX) break;
      levels.push(up);
    }
    for (let i = levels.length - 1; i >= 0; i--) {
      const owner = levels[i]!;
      if (seen.has(owner)) continue;
      seen.add(owner);
      const text = owner === node ? squashed! : lineText(owner);
      const c = textDate(text, 'visible', input.ctx, yearReference, owner.type === 'tag' && hasClassHint(owner as Element, DATE_CLASS_HINTS) ? 'hinted' : true);
      if (c !== null) return c;
    }
    return null;
  };

  const forward = walkNear(nextInOrder(anchor, input.titleElement !== null), (n) => nextInOrder(n, false), FORWARD_NODES, FORWARD_CHARS, check);
  // Backwards only text lines and <time> elements count: the page chrome above a headline
  // (menus, breadcrumbs) is made of elements whose own lines are not the story's date.
  const backward = walkNear(prevInOrder(anchor), prevInOrder, BACKWARD_NODES, BACKWARD_CHARS, (n, squashed) =>
    n.type === 'text' || (n.type === 'tag' && n.name === 'time') ? check(n, squashed) : null,
  );
  const nearest = backward !== null && (forward === null || backward.distance < forward.distance) ? backward : forward;
  return nearest?.c ?? null;
}

/**
 * Walks from `start` with `step`, up to `maxNodes` non-empty text nodes, `maxChars` of their
 * text and MAX_STEPS nodes in all, and returns the first date `check` finds with its distance
 * in text nodes. Empty text nodes are stepped over; `check` gets a text node's squashed text.
 */
function walkNear(
  start: AnyNode | null,
  step: (node: AnyNode) => AnyNode | null,
  maxNodes: number,
  maxChars: number,
  check: (node: AnyNode, squashed?: string) => DateCandidate | null,
): { c: DateCandidate; distance: number } | null {
  let node = start;
  for (let nodes = 0, chars = 0, steps = 0; node !== null && nodes < maxNodes && chars < maxChars && steps < MAX_STEPS; node = step(node), steps++) {
    let squashed: string | undefined;
    if (node.type === 'text') {
      squashed = squash(node.data);
      if (squashed.length === 0) continue;
      chars += squashed.length;
      nodes++;
    }
    const c = check(node, squashed);
    if (c !== null) return { c, distance: nodes };
  }
  return null;
}

/** Nodes looked at inside the article when no date line is near the headline. */
const MAX_SCOPE_NODES = 5000;

/**
 * The first element classed as a date inside the article ("Опубликовано: 04.12.2017" at the
 * end of the text), for pages whose date line is far from the headline.
 */
function scopeDateLine(input: DateInputs, yearReference: Date): DateCandidate | null {
  const scope = input.scope ?? null;
  if (scope === null) return null;
  const stack: AnyNode[] = [scope];
  for (let seen = 0; stack.length > 0 && seen < MAX_SCOPE_NODES; seen++) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'a' || el.name === 'script' || el.name === 'style' || el === input.titleElement) continue;
    // An element whose class or id says it holds a date ("news-date", "post-time", "published").
    if (hasClassHint(el, DATE_CLASS_HINTS) && !hasAncestor(el, skipsDates, 12)) {
      const c = el.name === 'time' && el.attribs.datetime !== undefined
        ? machineCandidate(el.attribs.datetime, 'time', input.ctx)
        : textDate(cleanText(el, DATE_LINE_MAX + 1), 'visible', input.ctx, yearReference, 'hinted');
      if (c !== null) return c;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return null;
}

/** `fn` with its results kept per argument (for one call of the extractor). */
function memoized<K, V>(fn: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    let v = results.get(key);
    if (v === undefined) results.set(key, (v = fn(key)));
    return v;
  };
}

const NO_DATE_TAGS = new Set(['a', 'nav', 'footer', 'script', 'style', 'noscript']);

/**
 * An element whose text dates are not the article's: links (other stories), navigation,
 * footers, scripts, comment areas (readers' dates).
 */
function skipsDates(e: Element): boolean {
  return NO_DATE_TAGS.has(e.name) || (hasClassHint(e, COMMENT_CLASS_HINTS) && !hasClassHint(e, COMMENT_COUNT_HINTS));
}

function urlCandidate(url: string | null): DateCandidate | null {
  const day = dateFromUrl(url);
  return day === null ? null : { value: day, timed: false, source: 'url', explicitOffset: false };
}

/** A wall clock `YYYY-MM-DDTHH:mm` read in `zone`, as ISO with the zone's offset. */
function wallValue(written: string, zone: string): string | null {
  return parseMachineDate(written, zone)?.value ?? null;
}

/** Milliseconds of an ISO value (a bare day counts as its noon UTC); 0 when it is not a date. */
function instant(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value) || 0;
}

/**
 * Reads a string that is one date (surrounding whitespace, punctuation, a leading
 * preposition "от", "в", "с", "на" and a short leading label such as "Опубликовано:"
 * tolerated). Besides everything the running-text finder
 * reads, a whole string may be a bare year ("2019"), a year-less "04.12", or a bare clock
 * time ("14:05", read as today in the zone).
 * @internal
 */
import { clockGranularity, isValidClock, renderDayTime } from './absolute-date.js';
import { collectCandidates } from './collect-candidates.js';
import { BARE_TIME_RE, BARE_YEAR_RE } from './date-patterns.js';
import { toMention } from './find-date-mentions.js';
import type { ParsedDate } from '../schema/parsed-date.js';
import type { DateContext, InternalMention } from './internal.js';
import { readClock } from './match-fields.js';
import { readYear } from './month-year-dates.js';
import { wallTimeAt } from './zoned-iso.js';

/** Longest string accepted as "one date". */
const MAX_WHOLE_LENGTH = 200;
const EDGE_CHARS = /[\s.,;:!?()[\]{}«»"'„“”*|•·/\\–—-]/u;
const LEADING_PREPOSITION = /^(?:от|в|во|с|со|на)\s{1,4}/iu;
/** A short label before the date: "Опубликовано:", "Дата публикации:", "Обновлено —". */
const LEADING_LABEL = /^[\p{L}]{2,20}(?:\s{1,4}[\p{L}]{2,20}){0,2}\s{0,4}[:—–-]\s{0,4}/u;

function stripEdges(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_CHARS.test(text[start] as string)) start++;
  // Trailing dots belong to "г." and "дек.": keep them.
  while (end > start && text[end - 1] !== '.' && EDGE_CHARS.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** @internal */
export function parseWholeDate(text: string, ctx: DateContext): InternalMention | null {
  if (typeof text !== 'string' || text.length > MAX_WHOLE_LENGTH * 4) return null;
  const span = stripEdges(text);
  const body = text.slice(span.start, span.end);
  if (body === '' || body.length > MAX_WHOLE_LENGTH) return null;
  try {
    const read = readWithPreposition(body, ctx);
    if (read !== undefined) return read;
    const label = LEADING_LABEL.exec(body);
    return label === null ? null : (readWithPreposition(body.slice(label[0].length), ctx) ?? null);
  } catch {
    return null;
  }
}

/** `text` read whole, else after a leading preposition; `undefined` when neither reads and there is no preposition. */
function readWithPreposition(text: string, ctx: DateContext): InternalMention | null | undefined {
  const direct = readWhole(text, ctx);
  if (direct !== null) return direct;
  const prep = LEADING_PREPOSITION.exec(text);
  return prep === null ? undefined : readWhole(text.slice(prep[0].length), ctx);
}

function readWhole(text: string, ctx: DateContext): InternalMention | null {
  const year = BARE_YEAR_RE.exec(text);
  if (year !== null) {
    const c = readYear(year);
    return c === null ? null : toMention(c);
  }
  const time = BARE_TIME_RE.exec(text);
  if (time !== null) {
    const clock = readClock(time.groups ?? {});
    const today = wallTimeAt(ctx.now, ctx.timeZone);
    if (today === null || clock === null || !isValidClock(clock)) return null;
    const value = renderDayTime(today.year, today.month, today.day, clock, null, ctx.timeZone);
    return value === null ? null : { text, index: 0, value, granularity: clockGranularity(clock), yearImplied: false, relative: true };
  }
  let body = text;
  let list = collectCandidates(body, ctx, true);
  if (list.length !== 1 && body.endsWith('.')) {
    // "04.12.2017." — retry without the trailing dot the finder would not swallow.
    body = body.slice(0, -1);
    list = collectCandidates(body, ctx, true);
  }
  const only = list.length === 1 ? list[0] : undefined;
  // The one mention must cover the whole string (but for a final dot it left).
  if (only === undefined || only.index !== 0 || (only.text.length !== body.length && body.slice(only.text.length) !== '.')) return null;
  return toMention(only);
}

/** The public {@link ParsedDate} of a mention, with `text` as its text. @internal */
export function toParsedDate(text: string, m: InternalMention): ParsedDate {
  const out: ParsedDate = { text, value: m.value, granularity: m.granularity };
  if (m.end !== undefined) out.end = m.end;
  return out;
}

/**
 * Relative expressions, resolved against `ctx.now` in `ctx.timeZone`: "сегодня",
 * "вчера в 23:16", "3 часа назад", "около трёх часов назад", "около часа назад",
 * "два с половиной часа назад", "полтора дня назад", "полгода назад", "2 ч. 21 мин. назад",
 * "неделю назад", "только что".
 * @internal
 */
import { MIN_YEAR, clockGranularity, isValidClock, renderDayTime } from './absolute-date.js';
import { dayNumber, formatDay, formatMonth, fromDayNumber, pad } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { groupStart, readTime, readZone } from './match-fields.js';
import type { RelativeUnitKind } from './relative-words.js';
import { countValue, countedUnit, isSingularUnit, relativeDayOffset, unitKind } from './vocabulary-lookup.js';
import { nowWall } from './scan-context.js';
import { formatWallTime, wallTimeAt, zoneOffsetMinutes } from './zoned-iso.js';

/** Milliseconds of the units an instant is counted back in ("3 часа", "полтора дня"). */
const UNIT_MS: Readonly<Partial<Record<RelativeUnitKind, number>>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
const UNIT_RANK: Readonly<Record<RelativeUnitKind, number>> = { second: 0, minute: 1, hour: 2, day: 3, week: 4, month: 5, year: 6 };

function relativeCandidate(text: string, index: number, value: string, granularity: DateCandidate['granularity']): DateCandidate {
  return { text, index, value, granularity, yearImplied: false, relative: true, priority: 5 };
}

/** "сегодня", "вчера, 23:16", "позавчера в 14.05 МСК". @internal */
export function readRelativeDay(m: RegExpExecArray, ctx: DateContext): DateCandidate | null {
  const g = m.groups ?? {};
  const offset = relativeDayOffset(g.w ?? '');
  const today = nowWall(ctx);
  if (offset === null || today === null) return null;
  const day = fromDayNumber(dayNumber(today.year, today.month, today.day) + offset);
  let time = readTime(g);
  const zone = readZone(g);
  // "сегодня 12.50 рубля": a dotted time needs "в"; an impossible time or zone is dropped, and the mention is the day word alone.
  const dropTime = time !== null && ((g.taSep === '.' && g.tv === undefined) || !isValidClock(time) || zone === undefined);
  if (dropTime) time = null;
  const value = renderDayTime(day.year, day.month, day.day, time, zone ?? null, ctx.timeZone);
  return value === null ? null : relativeCandidate(dropTime ? (g.w ?? '') : m[0], m.index, value, clockGranularity(time));
}

/** "3 часа назад", "2 ч. 21 мин. назад", "полчаса назад". @internal */
export function readAgo(input: string, m: RegExpExecArray, ctx: DateContext): DateCandidate | null {
  const g = m.groups ?? {};
  const parts: { count: number; unit: RelativeUnitKind }[] = [];
  if (g.u1 !== undefined) {
    const unit = unitKind(g.u1);
    const count = countValue(g.n1 ?? '');
    if (unit === null || count === null) return null;
    parts.push({ count, unit });
  }
  const counted = countedUnit(g.u2 ?? '');
  if (counted !== null) {
    if (g.n2 !== undefined) return null;
    parts.push(counted);
  } else {
    const unit = unitKind(g.u2 ?? '');
    if (unit === null) return null;
    let count: number | null = 1;
    if (g.n2 !== undefined) count = countValue(g.n2);
    else if (!isSingularUnit(g.u2 ?? '', g.hedge !== undefined)) return null; // "много лет назад", "часа назад"
    if (count === null) return null;
    parts.push({ count, unit });
  }
  // The expression, read by the lookbehind, starts at its first group (groups are in text order).
  const spans = m.indices?.groups ?? {};
  let start = groupStart(spans, 'hedge', 'n1', 'u1', 'n2', 'u2') ?? m.index;
  if (parts.length === 2 && UNIT_RANK[(parts[0] as { unit: RelativeUnitKind }).unit] <= UNIT_RANK[(parts[1] as { unit: RelativeUnitKind }).unit]) {
    // "2 часа 2 часа назад": only the part next to "назад" counts.
    parts.shift();
    start = groupStart(spans, 'n2', 'u2') ?? m.index;
  }
  const [first, second] = parts;
  if (first === undefined) return null;
  const smallest = (second ?? first).unit;
  const candidate = (value: string, granularity: DateCandidate['granularity']): DateCandidate =>
    relativeCandidate(input.slice(start, m.index + m[0].length), start, value, granularity);
  const subDay = smallest === 'second' || smallest === 'minute' || smallest === 'hour';
  if (!subDay && second !== undefined) return null;
  const dayLike = smallest === 'day' || smallest === 'week';

  if (subDay || (dayLike && !Number.isInteger(first.count))) {
    // An instant counted back; "полтора дня назад" is the calendar day of the instant 36 hours ago.
    let ms = 0;
    for (const p of parts) ms += p.count * (UNIT_MS[p.unit] ?? Number.NaN);
    if (!Number.isFinite(ms)) return null;
    const instant = new Date(ctx.now.getTime() - Math.round(ms));
    const wall = wallTimeAt(instant, ctx.timeZone);
    if (wall === null || wall.year < MIN_YEAR) return null;
    if (!subDay) return candidate(formatDay(wall.year, wall.month, wall.day), 'day');
    const granularity = smallest === 'second' ? 'second' : 'minute';
    if (granularity === 'minute') wall.second = 0;
    return candidate(formatWallTime(wall, zoneOffsetMinutes(instant, ctx.timeZone)), granularity);
  }
  // Months back: "3 месяца назад"; a fractional year counts in months ("полтора года назад" = 18).
  const monthly = smallest === 'month' || (smallest === 'year' && !Number.isInteger(first.count));
  const months = smallest === 'month' ? first.count : first.count * 12;
  if (!Number.isInteger(monthly ? months : first.count)) return null;
  const today = nowWall(ctx);
  if (today === null) return null;
  if (dayLike) {
    const day = fromDayNumber(dayNumber(today.year, today.month, today.day) - first.count * (smallest === 'week' ? 7 : 1));
    return day.year < MIN_YEAR ? null : candidate(formatDay(day.year, day.month, day.day), 'day');
  }
  if (monthly) {
    const total = today.year * 12 + (today.month - 1) - months;
    const year = Math.floor(total / 12);
    return year < MIN_YEAR ? null : candidate(formatMonth(year, (total % 12) + 1), 'month');
  }
  const year = today.year - first.count;
  return year < MIN_YEAR ? null : candidate(pad(year, 4), 'year');
}

/** "только что": now, to the minute. @internal */
export function readJustNow(m: RegExpExecArray, ctx: DateContext): DateCandidate | null {
  const wall = nowWall(ctx);
  if (wall === null) return null;
  wall.second = 0;
  return relativeCandidate(m[0], m.index, formatWallTime(wall, zoneOffsetMinutes(ctx.now, ctx.timeZone)), 'minute');
}

import { formatDay, isValidDay } from './calendar.js';
import type { ClockTime, DateCandidate, ExplicitZone } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { inferYear } from './year-inference.js';
import { yearReferenceWall } from './scan-context.js';
import { formatWallTime, zonedWallTimeIso, type WallTime } from './zoned-iso.js';

/** Earliest and latest year accepted anywhere. @internal */
export const MIN_YEAR = 1000;
/** @internal */
export const MAX_YEAR = 2999;

/** Fields of an absolute date as read from text. @internal */
export interface AbsoluteFields {
  index: number;
  text: string;
  priority: number;
  /** Null when the year was not written. */
  year: number | null;
  month: number;
  day: number;
  /** First day of a "10–12 июля" range (same month and year), else null. */
  startDay: number | null;
  time: ClockTime | null;
  zone: ExplicitZone;
  weekday: number | null;
}

/** True for a real clock time (no "25:00", no "12:60"). @internal */
export function isValidClock(t: ClockTime): boolean {
  return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && (t.second === null || (t.second >= 0 && t.second <= 59));
}

/** Granularity of a mention with this clock time: `day` without one. @internal */
export function clockGranularity(time: ClockTime | null): 'day' | 'minute' | 'second' {
  return time === null ? 'day' : time.second === null ? 'minute' : 'second';
}

/**
 * ISO value of a day plus optional clock time: `YYYY-MM-DD`, or the full datetime with
 * the offset of the explicit zone in the text, else of `timeZone` at that instant.
 * @internal
 */
export function renderDayTime(year: number, month: number, day: number, time: ClockTime | null, zone: ExplicitZone, timeZone: string): string | null {
  if (time === null) return formatDay(year, month, day);
  const wall: WallTime = { year, month, day, hour: time.hour, minute: time.minute, second: time.second ?? 0 };
  if (zone !== null && zone.kind === 'offset') return formatWallTime(wall, zone.minutes);
  return zonedWallTimeIso(wall, zone === null ? timeZone : zone.timeZone);
}

/** The year of a date written without one: the one nearest to `ctx.yearReference` (see {@link inferYear}). */
function impliedYear(f: AbsoluteFields, ctx: DateContext): number | null {
  const ref = yearReferenceWall(ctx);
  return ref === null ? null : inferYear(f.month, f.day, ref, f.weekday);
}

/**
 * Validates the fields and renders the candidate; null for impossible dates
 * ("31.11.2017", "29.02.2017", "25:00"). A missing year is inferred from
 * `ctx.yearReference` (the weekday, when written, narrows it).
 * @internal
 */
export function buildAbsolute(f: AbsoluteFields, ctx: DateContext): DateCandidate | null {
  if (f.time !== null && !isValidClock(f.time)) return null;
  const yearImplied = f.year === null;
  const year = f.year ?? impliedYear(f, ctx);
  if (year === null) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDay(year, f.month, f.day)) return null;
  if (f.startDay !== null && (f.startDay >= f.day || !isValidDay(year, f.month, f.startDay))) return null;
  const render = (day: number): string | null => renderDayTime(year, f.month, day, f.time, f.zone, ctx.timeZone);
  const value = render(f.startDay ?? f.day);
  const end = f.startDay === null ? undefined : render(f.day);
  if (value === null || end === null) return null;
  const candidate: DateCandidate = {
    text: f.text,
    index: f.index,
    value,
    granularity: clockGranularity(f.time),
    yearImplied,
    relative: false,
    priority: f.priority,
    year,
    month: f.month,
    day: f.startDay ?? f.day,
  };
  if (end !== undefined) candidate.end = end;
  if (yearImplied) candidate.withYear = (y: number) => buildAbsolute({ ...f, year: y, weekday: null }, ctx);
  return candidate;
}

import { MAX_YEAR, MIN_YEAR, clockGranularity, isValidClock, renderDayTime } from './absolute-date.js';
import { isValidDay } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { offsetZone, readClock } from './match-fields.js';

/**
 * Reads a match of `ISO_DATE_RE`. A written offset (or `Z`, rendered `+00:00`) is kept in
 * `value`; a naive time is read in `ctx.timeZone`.
 * @internal
 */
export function readIsoDate(m: RegExpExecArray, ctx: DateContext): DateCandidate | null {
  const g = m.groups ?? {};
  const year = Number(g.y);
  const month = Number(g.m);
  const day = Number(g.d);
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDay(year, month, day)) return null;
  const time = readClock(g);
  if (time !== null && !isValidClock(time)) return null;
  const zone = g.off === undefined ? null : offsetZone(g.off);
  if (zone === undefined) return null;
  const value = renderDayTime(year, month, day, time, zone, ctx.timeZone);
  if (value === null) return null;
  return {
    text: m[0],
    index: m.index,
    value,
    granularity: clockGranularity(time),
    yearImplied: false,
    relative: false,
    priority: 0,
    year,
    month,
    day,
  };
}

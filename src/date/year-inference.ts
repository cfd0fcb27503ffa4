import { dayNumber, isoWeekday, isValidDay } from './calendar.js';

/** How far to look for a year whose weekday matches ("понедельник, 4 декабря"). */
const WEEKDAY_SEARCH_YEARS = 14;

/**
 * The year for a day written without one: the year that puts `month`/`day` nearest to
 * the reference calendar day; on a tie, the past. When `weekday` (ISO, 1 = Monday) is
 * given, only years in which that day falls on that weekday count (within ±14 years);
 * if none does, the weekday is ignored. Null when the day exists in no nearby year.
 *
 * @example
 * ```ts
 * inferYear(12, 31, { year: 2018, month: 1, day: 5 }, null);   //=> 2017
 * inferYear(12, 4, { year: 2020, month: 6, day: 1 }, 1);       //=> 2017 (a Monday)
 * ```
 * @internal
 */
export function inferYear(
  month: number,
  day: number,
  reference: { year: number; month: number; day: number },
  weekday: number | null,
): number | null {
  const refDay = dayNumber(reference.year, reference.month, reference.day);
  if (weekday !== null) {
    const y = nearest(month, day, reference.year, refDay, WEEKDAY_SEARCH_YEARS, weekday);
    if (y !== null) return y;
  }
  return nearest(month, day, reference.year, refDay, month === 2 && day === 29 ? 4 : 1, null);
}

function nearest(month: number, day: number, refYear: number, refDay: number, span: number, weekday: number | null): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // Ascending years: on a tie the earlier (past) year is kept.
  for (let y = refYear - span; y <= refYear + span; y++) {
    if (!isValidDay(y, month, day)) continue;
    if (weekday !== null && isoWeekday(y, month, day) !== weekday) continue;
    const distance = Math.abs(dayNumber(y, month, day) - refDay);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Four-digit year of a two-digit one (`04.12.17`): 00–49 → 2000–2049, 50–99 → 1950–1999.
 * @internal
 */
export function expandTwoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

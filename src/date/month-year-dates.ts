import { MAX_YEAR, MIN_YEAR } from './absolute-date.js';
import { formatMonth, pad } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import { monthNumber } from './vocabulary-lookup.js';

/**
 * Reads a match of `MONTH_YEAR_RE` ("в сентябре 2017" → `2017-09`, granularity `month`).
 * @internal
 */
export function readMonthYear(m: RegExpExecArray): DateCandidate | null {
  const g = m.groups ?? {};
  const month = monthNumber(g.mon ?? '');
  const year = Number(g.y);
  if (month === null || year < MIN_YEAR || year > MAX_YEAR) return null;
  return { text: m[0], index: m.index, value: formatMonth(year, month), granularity: 'month', yearImplied: false, relative: false, priority: 3, year, month };
}

/**
 * Reads a match of `YEAR_RE` ("в 2019 году" → `2019`, granularity `year`), or a bare
 * year when parsing a whole string.
 * @internal
 */
export function readYear(m: RegExpExecArray): DateCandidate | null {
  const year = Number(m.groups?.y);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { text: m[0], index: m.index, value: pad(year, 4), granularity: 'year', yearImplied: false, relative: false, priority: 4, year };
}

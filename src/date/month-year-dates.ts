import { MAX_YEAR, MIN_YEAR } from './absolute-date.js';
import { formatMonth, pad } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import { YEAR_SPANS_RE } from './date-patterns.js';
import { groupSpans, groupStart, rangeFromStart } from './match-fields.js';
import { monthNumber } from './vocabulary-lookup.js';

const WHITESPACE = /\s/u;
const DAY_BEFORE = /\d(?:-?го)?\s{1,4}$/u;

/**
 * A month ("2017-09") or, without `month`, a year ("2019") written in `input[start, end)`;
 * a range when `last` (the rendered end) is given.
 */
function periodCandidate(input: string, start: number, end: number, year: number, month?: number, last?: string): DateCandidate {
  const c: DateCandidate = {
    text: input.slice(start, end),
    index: start,
    value: month === undefined ? pad(year, 4) : formatMonth(year, month),
    granularity: month === undefined ? 'year' : 'month',
    yearImplied: false,
    relative: false,
    priority: month === undefined ? 4 : 3,
    year,
  };
  if (month !== undefined) c.month = month;
  if (last !== undefined) c.end = last;
  return c;
}

/**
 * Reads a match of `YEAR_RE`: with a month name before the year, a month ("в сентябре
 * 2017" → `2017-09`); else, with a cue word after it, a year ("в 2019 году" → `2019`).
 * @internal
 */
export function readYearMatch(input: string, m: RegExpExecArray): DateCandidate | null {
  const g = m.groups ?? {};
  const year = Number(g.y);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const end = m.index + m[0].length;
  if (g.mon !== undefined && g.ysuf === undefined && g.y0 === undefined) {
    // The month was read by a lookbehind: it ends right before the whitespace before the year.
    let k = m.index;
    while (k > 0 && WHITESPACE.test(input[k - 1] as string)) k--;
    const monStart = k - g.mon.length;
    const month = monthNumber(g.mon);
    // "30 февраля 2016": the day-month reading was impossible, so this is no month either.
    if (month === null || DAY_BEFORE.test(input.slice(Math.max(0, monStart - 8), monStart))) return null;
    if (g.mon0 !== undefined) {
      // "в сентябре–октябре 2011", "с декабря по февраль 2018": a month range.
      const month0 = monthNumber(g.mon0);
      const start = groupStart(groupSpans(input, m, YEAR_SPANS_RE), 'mon0');
      if (month0 !== null && start !== null && month0 !== month) {
        return periodCandidate(input, rangeFromStart(input, start), end, month0 > month ? year - 1 : year, month0, formatMonth(year, month));
      }
    }
    return periodCandidate(input, monStart, end, year, month);
  }
  if (g.ycue === undefined) return null;
  if (g.y0 !== undefined) {
    // "1991–1995 гг.", "с 2007 по 2010 г.", "в 2016–2017 годах".
    const y0 = Number(g.y0);
    if (y0 < MIN_YEAR || y0 >= year) return null;
    return periodCandidate(input, rangeFromStart(input, m.index), end, y0, undefined, pad(year, 4));
  }
  return readYear(m);
}

/**
 * Reads a match of `YEAR_RE` ("в 2019 году" → `2019`, granularity `year`), or a bare
 * year when parsing a whole string.
 * @internal
 */
export function readYear(m: RegExpExecArray): DateCandidate | null {
  const year = Number(m.groups?.y);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return periodCandidate(m.input, m.index, m.index + m[0].length, year);
}

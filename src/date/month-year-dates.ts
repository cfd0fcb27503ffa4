import { MAX_YEAR, MIN_YEAR } from './absolute-date.js';
import { formatMonth, pad } from './calendar.js';
import type { DateCandidate } from './date-candidate.js';
import { RANGE_FROM_BEFORE_RE, YEAR_SPANS_RE } from './date-patterns.js';
import { groupSpans, groupStart } from './match-fields.js';
import { monthNumber } from './vocabulary-lookup.js';

const WHITESPACE = /\s/u;
const DAY_BEFORE = /\d(?:-?го)?\s{1,4}$/u;

/**
 * Reads a match of `YEAR_RE`: with a month name before the year, a month ("в сентябре
 * 2017" → `2017-09`); else, with a cue word after it, a year ("в 2019 году" → `2019`).
 * @internal
 */
export function readYearMatch(input: string, m: RegExpExecArray): DateCandidate | null {
  const g = m.groups ?? {};
  const year = Number(g.y);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (g.mon !== undefined && g.ysuf === undefined && g.y0 === undefined) {
    // The month was read by a lookbehind: it ends right before the whitespace before the year.
    let k = m.index;
    while (k > 0 && WHITESPACE.test(input[k - 1] as string)) k--;
    const monStart = k - g.mon.length;
    const month = monthNumber(g.mon);
    // "30 февраля 2016": the day-month reading was impossible, so this is no month either.
    if (month === null || DAY_BEFORE.test(input.slice(Math.max(0, monStart - 8), monStart))) return null;
    const end = m.index + m[0].length;
    if (g.mon0 !== undefined) {
      // "в сентябре–октябре 2011", "с декабря по февраль 2018": a month range.
      const month0 = monthNumber(g.mon0);
      let start = groupStart(groupSpans(input, m, YEAR_SPANS_RE), 'mon0');
      if (month0 !== null && start !== null && month0 !== month) {
        const from = RANGE_FROM_BEFORE_RE.exec(input.slice(Math.max(0, start - 6), start));
        if (from !== null) start -= from[0].length;
        const year0 = month0 > month ? year - 1 : year;
        return {
          text: input.slice(start, end),
          index: start,
          value: formatMonth(year0, month0),
          end: formatMonth(year, month),
          granularity: 'month',
          yearImplied: false,
          relative: false,
          priority: 3,
          year: year0,
          month: month0,
        };
      }
    }
    return { text: input.slice(monStart, end), index: monStart, value: formatMonth(year, month), granularity: 'month', yearImplied: false, relative: false, priority: 3, year, month };
  }
  if (g.ycue === undefined) return null;
  if (g.y0 !== undefined) {
    // "1991–1995 гг.", "с 2007 по 2010 г.", "в 2016–2017 годах".
    const y0 = Number(g.y0);
    if (y0 < MIN_YEAR || y0 >= year) return null;
    let start = m.index;
    const from = RANGE_FROM_BEFORE_RE.exec(input.slice(Math.max(0, start - 6), start));
    if (from !== null) start -= from[0].length;
    return {
      text: input.slice(start, m.index + m[0].length),
      index: start,
      value: pad(y0, 4),
      end: pad(year, 4),
      granularity: 'year',
      yearImplied: false,
      relative: false,
      priority: 4,
      year: y0,
    };
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
  return { text: m[0], index: m.index, value: pad(year, 4), granularity: 'year', yearImplied: false, relative: false, priority: 4, year };
}

import { buildFromMatch } from './absolute-match.js';
import { MONTH_NAME_DATE_SPANS_RE, ORDINAL_MONTH_DATE_SPANS_RE } from './date-patterns.js';
import type { DateCandidate } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { monthNumber, ordinalDay } from './vocabulary-lookup.js';

/**
 * Reads a match of `MONTH_NAME_DATE_RE` ("4 декабря 2017 г., 23:16", "четвёртого декабря",
 * "Mon, 04 Dec 2017 23:16:00 +0300", "с 10 по 12 июля").
 * @internal
 */
export function readMonthNameDate(input: string, m: RegExpExecArray, ctx: DateContext): DateCandidate | null {
  const g = m.groups ?? {};
  const month = monthNumber(g.mon ?? '');
  const day = g.d !== undefined ? Number(g.d) : ordinalDay(g.dw ?? '');
  if (month === null || day === null) return null;
  return buildFromMatch(input, m, g.dw === undefined ? MONTH_NAME_DATE_SPANS_RE : ORDINAL_MONTH_DATE_SPANS_RE, { day, month, year: g.y === undefined ? null : Number(g.y) }, 2, ctx);
}

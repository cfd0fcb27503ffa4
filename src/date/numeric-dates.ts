import { buildFromMatch } from './absolute-match.js';
import { NUMERIC_DATE_SPANS_RE } from './date-patterns.js';
import type { DateCandidate } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { expandTwoDigitYear } from './year-inference.js';

const CODE_TAIL = /^[-–]\d/u;

/**
 * Reads a match of `NUMERIC_DATE_RE` ("04.12.2017", "4.12.17 в 23:16", "10-12.07.2024").
 * Year-less "04.12" (two-digit month, dots) is a date only when `yearless` (whole-string
 * parsing); in running text it is kept only as the start of a range.
 * @internal
 */
export function readNumericDate(input: string, m: RegExpExecArray, ctx: DateContext, yearless: boolean): DateCandidate | null {
  const g = m.groups ?? {};
  const yearText = g.y;
  if (yearText === undefined && (g.m?.length !== 2 || g.sep !== '.')) return null;
  // "СНиП 2.04.01-85": a code, not 2 April 2001.
  if (yearText?.length === 2 && CODE_TAIL.test(input.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
  const year = yearText === undefined ? null : yearText.length === 2 ? expandTwoDigitYear(Number(yearText)) : Number(yearText);
  const c = buildFromMatch(input, m, NUMERIC_DATE_SPANS_RE, { day: Number(g.d), month: Number(g.m), year }, 1, ctx);
  // In running text a year-less "04.12" is only the start of a range ("с 04.12 по 10.12.2017").
  if (c !== null && year === null && !yearless) c.rangeStartOnly = true;
  return c;
}

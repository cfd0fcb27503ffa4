import { buildFromMatch } from './absolute-match.js';
import type { DateCandidate } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { expandTwoDigitYear } from './year-inference.js';

/**
 * Reads a match of `NUMERIC_DATE_RE` ("04.12.2017", "4.12.17 в 23:16", "10-12.07.2024").
 * Year-less "04.12" is accepted only when `yearless` (whole-string parsing) and only with
 * a two-digit month and dots.
 * @internal
 */
export function readNumericDate(input: string, m: RegExpExecArray, ctx: DateContext, yearless: boolean): DateCandidate | null {
  const g = m.groups ?? {};
  const yearText = g.y;
  if (yearText === undefined && (!yearless || g.m?.length !== 2 || g.sep !== '.')) return null;
  const year = yearText === undefined ? null : yearText.length === 2 ? expandTwoDigitYear(Number(yearText)) : Number(yearText);
  return buildFromMatch(input, m, { day: Number(g.d), month: Number(g.m), year }, 1, ctx);
}

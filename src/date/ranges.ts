/**
 * Range refiner: joins two adjacent absolute mentions into one with `end`:
 * "с 10 июля по 12 августа 2024", "24 ноября – 2 декабря", "с 04.12.2017 по 10.12.2017".
 * A first part written without a year takes the year of the second.
 * @internal
 */
import type { DateCandidate } from './date-candidate.js';
import { rangeFromStart } from './match-fields.js';

const DASH_GAP = /^\s{0,4}[-–—]\s{0,4}$/u;
const UNTIL_GAP = /^\s{1,4}(?:по|до)\s{1,4}$/iu;

function instant(value: string): number {
  return Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
}

/** Merges range pairs in a sorted, non-overlapping candidate list. @internal */
export function mergeRanges(text: string, list: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as DateCandidate;
    const b = list[i + 1];
    const merged = b === undefined ? null : tryMerge(text, a, b);
    if (merged === null) {
      if (a.rangeStartOnly !== true) out.push(a);
    } else {
      out.push(merged);
      i++;
    }
  }
  return out;
}

function tryMerge(text: string, a: DateCandidate, b: DateCandidate): DateCandidate | null {
  // Two days, times or months, neither relative nor already a range; years never merge.
  if (a.relative || b.relative || b.rangeStartOnly === true || a.end !== undefined || a.granularity === 'year') return null;
  if (a.granularity !== b.granularity && !(isDayLike(a) && isDayLike(b))) return null;
  const aEnd = a.index + a.text.length;
  const gap = text.slice(aEnd, b.index);
  if (gap.length > 12) return null;
  let start = a.index;
  if (!DASH_GAP.test(gap)) {
    if (!UNTIL_GAP.test(gap)) return null;
    start = rangeFromStart(text, a.index);
    if (start === a.index) return null;
  }
  let first = a;
  if (a.yearImplied && !b.yearImplied && a.withYear !== undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined) {
    const later = a.month > b.month || (a.month === b.month && (a.day ?? 0) > (b.day ?? 0));
    const rebuilt = a.withYear(later ? b.year - 1 : b.year);
    if (rebuilt === null) return null;
    first = rebuilt;
  }
  const endValue = b.end ?? b.value;
  if (!(instant(first.value) < instant(endValue))) return null;
  return {
    text: text.slice(start, b.index + b.text.length),
    index: start,
    value: first.value,
    end: endValue,
    granularity: first.granularity,
    yearImplied: first.yearImplied && b.yearImplied,
    relative: false,
    priority: first.priority,
  };
}

function isDayLike(c: DateCandidate): boolean {
  return c.granularity === 'day' || c.granularity === 'minute' || c.granularity === 'second';
}

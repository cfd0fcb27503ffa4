/**
 * Runs every date parser over the text, then keeps the best reading of each span and
 * merges ranges. Parsers are regexes with bounded quantifiers: linear in the input, and
 * a regex only builds a date for a span that already looks like one.
 * @internal
 */
import type { DateCandidate } from './date-candidate.js';
import {
  AGO_RE,
  ISO_DATE_RE,
  JUST_NOW_RE,
  MONTH_NAME_DATE_RE,
  NUMERIC_DATE_RE,
  ORDINAL_MONTH_DATE_RE,
  ORDINAL_MONTH_HINT_RE,
  RELATIVE_DAY_RE,
  YEAR_RE,
} from './date-patterns.js';
import type { DateContext } from './internal.js';
import { withMemo, type ScanContext } from './scan-context.js';
import { readIsoDate } from './iso-dates.js';
import { readMonthNameDate } from './month-name-dates.js';
import { readYearMatch } from './month-year-dates.js';
import { readNumericDate } from './numeric-dates.js';
import { mergeRanges } from './ranges.js';
import { readAgo, readJustNow, readRelativeDay } from './relative.js';

/** Street words before "8 Марта", "1 Мая": an address, not a date. */
const STREET_BEFORE =
  /(?<![\p{L}\p{N}])(?:ул|улиц[аеуы]|пр|пр-т|просп|проспект[аеу]?|пл|площад[ьи]|пер|переулок|переулк[аеу]|б-р|бульвар[аеу]?|наб|набережн(?:ая|ой|ую)|ш|шоссе|мкр|микрорайон[аеу]?|имени|им|станци[яиюей]|метро|совхоз[аеу]?|колхоз[аеу]?|завод[аеу]?|фабрик[аиеу])\.?\s{0,3}$/iu;
/*
 * Cheap prefilters (plain literals and digit classes the engine scans quickly): a parser
 * only runs on text that holds what its matches must contain.
 */
const HAS_DIGIT = /\d/;
const ISO_HINT = /\d{4}-\d\d-\d\d/;
const NUMERIC_HINT = /\d[./]\d/;
const AGO_HINT = /назад/i;
const RELATIVE_DAY_HINT = /сегодн|вч[её]ра|завтра/i;
const JUST_NOW_HINT = /только|прямо/i;

/** Drops "ул. 8 Марта": a year-less day-month right after a street word. */
function notAStreet(text: string, c: DateCandidate | null): DateCandidate | null {
  if (c !== null && c.yearImplied && STREET_BEFORE.test(text.slice(Math.max(0, c.index - 16), c.index))) return null;
  return c;
}

/**
 * Runs a module-level global regex over `text`. `lastIndex` is reset before and after
 * the synchronous loop, so nothing carries over between calls (`matchAll` would clone the
 * large regexes on every call, which costs more than the scan itself).
 */
function runParser(text: string, re: RegExp, read: (m: RegExpExecArray) => DateCandidate | null, out: DateCandidate[]): void {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++;
      const c = read(m);
      if (c !== null) out.push(c);
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** Sorted by index; on overlap the longer span (then the lower priority) wins. @internal */
export function resolveOverlaps(list: DateCandidate[]): DateCandidate[] {
  list.sort((a, b) => a.index - b.index || b.text.length - a.text.length || a.priority - b.priority);
  const out: DateCandidate[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    if (last === undefined || c.index >= last.index + last.text.length) out.push(c);
    else if (c.text.length > last.text.length) out[out.length - 1] = c;
  }
  return out;
}

/**
 * Every date candidate in `text`, overlaps resolved and ranges merged.
 * `whole` enables what is only safe when the string is known to be a date
 * (year-less "04.12").
 * @internal
 */
export function collectCandidates(text: string, context: DateContext | ScanContext, whole: boolean): DateCandidate[] {
  // A caller may pass its own memoized context, to learn afterwards what the scan read from it.
  const ctx = (context as ScanContext).memo !== undefined ? (context as ScanContext) : withMemo(context);
  const found: DateCandidate[] = [];
  if (HAS_DIGIT.test(text)) {
    if (ISO_HINT.test(text)) runParser(text, ISO_DATE_RE, (m) => readIsoDate(m, ctx), found);
    if (NUMERIC_HINT.test(text)) runParser(text, NUMERIC_DATE_RE, (m) => readNumericDate(text, m, ctx, whole), found);
    runParser(text, YEAR_RE, (m) => readYearMatch(text, m), found);
    runParser(text, MONTH_NAME_DATE_RE, (m) => notAStreet(text, readMonthNameDate(text, m, ctx)), found);
  }
  if (ORDINAL_MONTH_HINT_RE.test(text)) {
    runParser(text, ORDINAL_MONTH_DATE_RE, (m) => readMonthNameDate(text, m, ctx), found);
  }
  if (AGO_HINT.test(text)) runParser(text, AGO_RE, (m) => readAgo(text, m, ctx), found);
  if (RELATIVE_DAY_HINT.test(text)) runParser(text, RELATIVE_DAY_RE, (m) => readRelativeDay(m, ctx), found);
  if (JUST_NOW_HINT.test(text)) runParser(text, JUST_NOW_RE, (m) => readJustNow(m, ctx), found);
  return mergeRanges(text, resolveOverlaps(found));
}

/**
 * Turns a match of the numeric or month-name regex into a candidate, recovering the
 * plain date when a written time or range start is impossible ("04.12.2017 25:00" is
 * still 4 December; "30–12 июля" is still 12 July).
 * @internal
 */
import { buildAbsolute, isValidClock, type AbsoluteFields } from './absolute-date.js';
import type { ClockTime, DateCandidate } from './date-candidate.js';
import type { DateContext } from './internal.js';
import { WEEKDAY_BEFORE_RE } from './date-patterns.js';
import { groupSpans, groupStart, rangeFromStart, readTime, readWeekday, readZone, type GroupSpans, type Groups } from './match-fields.js';
import { weekdayNumber } from './vocabulary-lookup.js';

/** Calendar fields already read from the match by the caller. @internal */
export interface DayMonthYear {
  day: number;
  month: number;
  year: number | null;
}

function groupEnd(spans: GroupSpans, names: readonly string[]): number {
  let end = -1;
  for (const name of names) {
    const span = spans[name];
    if (span !== undefined && span[1] > end) end = span[1];
  }
  return end;
}

const DATE_END_GROUPS = ['ycue', 'y', 'm', 'mon', 'd', 'dw'] as const;

/** @internal */
export function buildFromMatch(
  input: string,
  m: RegExpExecArray,
  twin: RegExp,
  dmy: DayMonthYear,
  priority: number,
  ctx: DateContext,
): DateCandidate | null {
  const g: Groups = m.groups ?? {};
  let spansMemo: GroupSpans | undefined;
  const spans = (): GroupSpans => (spansMemo ??= groupSpans(input, m, twin));
  let start = m.index;
  let end = m.index + m[0].length;
  let time: ClockTime | null = readTime(g);
  let zone = readZone(g);
  let weekday = readWeekday(g);
  let startDay = g.d0 === undefined ? null : Number(g.d0);

  if (g.tbH !== undefined && time !== null && !isValidClock(time)) {
    // "25:00 04.12.2017": drop the impossible time before the date.
    start = groupStart(spans(), 'd0', 'd', 'dw') ?? start;
    time = null;
    weekday = null;
  }
  if (g.taH !== undefined && time !== null && !isValidClock(time)) {
    end = groupEnd(spans(), DATE_END_GROUPS);
    time = null;
    zone = null;
    if (g.wd2 !== undefined) weekday = null;
  }
  if (zone === undefined) {
    end = Math.min(end, groupEnd(spans(), ['taH', 'taM', 'taS', 'tbH', 'tbM', 'tbS', ...DATE_END_GROUPS]));
    zone = null;
  }
  if (time === null) zone = null;
  if (startDay !== null && (startDay >= dmy.day || startDay < 1)) {
    start = Math.max(start, groupStart(spans(), 'd', 'dw') ?? start);
    startDay = null;
  }
  if (startDay !== null && start === m.index) {
    // "с 10 по 12 июля": the "с" belongs to the range.
    start = rangeFromStart(input, start);
  }
  if (start === m.index && start > 0) {
    // "Пн, 04.12.2017", "в пятницу, 4 декабря": a weekday right before the date.
    // The match includes the character before the weekday (the added space at the slice's start).
    const wd = WEEKDAY_BEFORE_RE.exec(` ${input.slice(Math.max(0, start - 24), start)}`);
    if (wd !== null) {
      const n = weekdayNumber(wd.groups?.wd);
      if (n !== null) {
        start -= wd[0].length - 1;
        weekday = weekday ?? n;
      }
    }
  }
  if (end <= start) return null;
  const fields: AbsoluteFields = {
    index: start,
    text: input.slice(start, end),
    priority,
    year: dmy.year,
    month: dmy.month,
    day: dmy.day,
    startDay,
    time,
    zone,
    weekday,
  };
  return buildAbsolute(fields, ctx);
}

/**
 * Reading the shared named groups of the date regexes (times, zones, weekdays, range
 * starts) into typed fields.
 * @internal
 */
import type { ClockTime, ExplicitZone } from './date-candidate.js';
import { RANGE_FROM_BEFORE_RE } from './date-patterns.js';
import { weekdayNumber } from './vocabulary-lookup.js';

/** Named groups of a match (empty object when none). @internal */
export type Groups = Record<string, string | undefined>;

/** The clock time in the groups `<prefix>H`, `<prefix>M`, `<prefix>S`; null when no hour was matched. @internal */
export function readClock(g: Groups, prefix = ''): ClockTime | null {
  const hour = g[`${prefix}H`];
  if (hour === undefined) return null;
  const second = g[`${prefix}S`];
  return { hour: Number(hour), minute: Number(g[`${prefix}M`]), second: second === undefined ? null : Number(second) };
}

/** The clock time of a match: the time after the date, else the time before it. @internal */
export function readTime(g: Groups): ClockTime | null {
  return readClock(g, 'ta') ?? readClock(g, 'tb');
}

/** `+0300`, `+03:00`, `+3`, `-05` → minutes; null when out of range. @internal */
export function readOffset(token: string): number | null {
  const sign = token[0] === '-' ? -1 : 1;
  const digits = token.slice(1).replace(':', '');
  let h: number;
  let m = 0;
  if (digits.length <= 2) h = Number(digits);
  else {
    h = Number(digits.slice(0, digits.length - 2));
    m = Number(digits.slice(-2));
  }
  if (!Number.isFinite(h) || h > 18 || m > 59) return null;
  return sign * (h * 60 + m);
}

/** The explicit zone written after a time; `undefined` when it is invalid. @internal */
export function readZone(g: Groups): ExplicitZone | undefined {
  if (g.zmsk !== undefined) return { kind: 'zone', timeZone: 'Europe/Moscow' };
  // "UTC", "UTC+3", "+0300" (the two forms are alternatives of one group).
  if (g.zutc === undefined && g.zoff === undefined) return null;
  return offsetZone(g.zutc === undefined ? g.zoff : g.zutcOff);
}

/** A fixed-offset zone: UTC without a token or for `Z`, else the token's offset; `undefined` when out of range. @internal */
export function offsetZone(token: string | undefined): ExplicitZone | undefined {
  const minutes = token === undefined || token === 'Z' || token === 'z' ? 0 : readOffset(token);
  return minutes === null ? undefined : { kind: 'offset', minutes };
}

/** The weekday written before or after the date. @internal */
export function readWeekday(g: Groups): number | null {
  return weekdayNumber(g.wd) ?? weekdayNumber(g.wd2);
}

/** Offsets of the named groups of a match. @internal */
export type GroupSpans = Partial<Record<string, [number, number]>>;

/**
 * Group offsets of `m`: its own indices when it has them, else those of the same match
 * re-run by `twin` (a sticky `d`-flag copy of the regex) at `m.index`. `lastIndex` is
 * reset after the synchronous call.
 * @internal
 */
export function groupSpans(input: string, m: RegExpExecArray, twin: RegExp): GroupSpans {
  if (m.indices?.groups !== undefined) return m.indices.groups;
  twin.lastIndex = m.index;
  try {
    return twin.exec(input)?.indices?.groups ?? {};
  } finally {
    twin.lastIndex = 0;
  }
}

/** Start offset of the first of the named groups that matched. @internal */
export function groupStart(spans: GroupSpans, ...names: string[]): number | null {
  for (const name of names) {
    const span = spans[name];
    if (span !== undefined) return span[0];
  }
  return null;
}

/** `start` moved back over a range's "с " / "со " written right before it ("с 10 по 12 июля"); else `start`. @internal */
export function rangeFromStart(input: string, start: number): number {
  const from = RANGE_FROM_BEFORE_RE.exec(input.slice(Math.max(0, start - 6), start));
  return from === null ? start : start - from[0].length;
}

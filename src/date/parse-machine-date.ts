import type { ParsedDate } from '../schema/parsed-date.js';
import { formatDay, isValidDay } from './calendar.js';
import { isValidClock } from './absolute-date.js';
import { ALL_MONTHS } from './months.js';
import { alternation } from './regex-source.js';
import { parseWholeDate, toParsedDate } from './parse-whole-date.js';
import { monthNumber } from './vocabulary-lookup.js';
import { expandTwoDigitYear } from './year-inference.js';
import { toZonedIso, zonedWallTimeIso, type WallTime } from './zoned-iso.js';

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s{1,4})(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d{1,9})?)?\s{0,2}(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu;

const RFC_RE = new RegExp(
  `^(?:[\\p{L}]{2,11}\\.?,?\\s{1,4})?(\\d{1,2})\\s{1,4}(${alternation(ALL_MONTHS.flatMap((m) => [...m.full, ...m.short]))})\\.?\\s{1,4}(\\d{4}|\\d{2})(?:,?\\s{1,4}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s{1,4}([+-]\\d{4}|gmt|ut|utc|z|msk|мск|[ecmp][sd]t))?)?$`,
  'iu',
);

/** RFC 2822 obsolete zone names, in minutes. */
const RFC_ZONES: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

function offsetMinutes(token: string): number {
  if (token === 'Z' || token === 'z') return 0;
  const sign = token[0] === '-' ? -1 : 1;
  const digits = token.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const m = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (h * 60 + m);
}

/**
 * Reads a machine-written date from HTML metadata (`article:published_time`, JSON-LD
 * `datePublished`, `<time datetime>`, RSS `pubDate`): ISO 8601 with or without an offset
 * or `Z`, RFC 2822 (English or Russian names, `GMT`/`+0300`/`МСК`), a bare `YYYY-MM-DD`, or
 * as a last resort any Russian date {@link parseWholeDate} understands. A value with an
 * offset is converted to `timeZone` (`…Z` becomes Moscow time); a naive value is read as
 * wall time in `timeZone`. Seconds are kept; granularity is `second` only when they are
 * not zero. Returns null when the string is not a date, and never throws.
 *
 * @example
 * ```ts
 * parseMachineDate('2017-12-04T20:16:00Z', 'Europe/Moscow');
 * //=> { text: '2017-12-04T20:16:00Z', value: '2017-12-04T23:16:00+03:00', granularity: 'minute' }
 * parseMachineDate('2013-06-01', 'Europe/Moscow');
 * //=> { text: '2013-06-01', value: '2013-06-01', granularity: 'day' }
 * parseMachineDate('Mon, 04 Dec 2017 23:16:00 +0300', 'Asia/Novosibirsk');
 * //=> { text: 'Mon, 04 Dec 2017 23:16:00 +0300', value: '2017-12-05T03:16:00+07:00', granularity: 'minute' }
 * ```
 * @param reference "Now" for relative or year-less fallbacks; without it those are rejected.
 * @internal
 */
export function parseMachineDate(text: string, timeZone: string, reference?: Date): ParsedDate | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    const iso = ISO_RE.exec(trimmed);
    if (iso) {
      return build(trimmed, timeZone, Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5], iso[6], iso[7] === undefined ? null : offsetMinutes(iso[7]));
    }
    const rfc = RFC_RE.exec(trimmed);
    if (rfc) {
      const month = monthNumber(rfc[2] ?? '');
      if (month === null) return null;
      const year = (rfc[3] ?? '').length === 2 ? expandTwoDigitYear(Number(rfc[3])) : Number(rfc[3]);
      const zoneToken = rfc[7]?.toLowerCase();
      let offset: number | null = null;
      let zone = timeZone;
      if (zoneToken !== undefined) {
        if (zoneToken === 'msk' || zoneToken === 'мск') zone = 'Europe/Moscow';
        else offset = zoneToken[0] === '+' || zoneToken[0] === '-' ? offsetMinutes(zoneToken) : (RFC_ZONES[zoneToken] ?? 0);
      }
      const parsed = build(trimmed, zone, year, month, Number(rfc[1]), rfc[4], rfc[5], rfc[6], offset);
      if (parsed === null || zone === timeZone || parsed.granularity === 'day') return parsed;
      // МСК: read in Moscow, render in the requested zone.
      const instant = new Date(parsed.value);
      const value = toZonedIso(instant, timeZone);
      return value === null ? null : { ...parsed, value };
    }
    const fallback = parseWholeDate(trimmed, {
      now: reference ?? new Date(0),
      yearReference: reference ?? new Date(0),
      timeZone,
    });
    if (fallback === null || ((fallback.relative || fallback.yearImplied) && reference === undefined)) return null;
    return toParsedDate(trimmed, fallback);
  } catch {
    return null;
  }
}

function build(
  text: string,
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
  offset: number | null,
): ParsedDate | null {
  if (!isValidDay(year, month, day)) return null;
  if (hourText === undefined) return { text, value: formatDay(year, month, day), granularity: 'day' };
  const wall: WallTime = { year, month, day, hour: Number(hourText), minute: Number(minuteText), second: secondText === undefined ? 0 : Number(secondText) };
  if (!isValidClock(wall)) return null;
  const granularity = wall.second !== 0 ? 'second' : 'minute';
  let value: string | null;
  if (offset === null) {
    value = zonedWallTimeIso(wall, timeZone);
  } else {
    if (Math.abs(offset) > 18 * 60) return null;
    const instant = new Date(Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second) - offset * 60_000);
    value = toZonedIso(instant, timeZone);
  }
  return value === null ? null : { text, value, granularity };
}


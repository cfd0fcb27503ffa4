import { tzOffset } from '@date-fns/tz';
import { formatDay, pad } from './calendar.js';

/** Calendar and clock fields of a wall time. @internal */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Offset of `timeZone` from UTC at `instant`, in whole minutes (IANA history included:
 * Moscow 2013 → 240, 2017 → 180). NaN for an unknown zone.
 * @internal
 */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const t = instant.getTime();
  // No zone changes its offset twice within an hour: the same offset at both ends of an
  // hour is its offset throughout, and is kept for that zone and hour.
  const hour = Math.floor(t / HOUR) * HOUR;
  const key = `${timeZone} ${hour}`;
  let off = HOUR_OFFSETS.get(key);
  if (off === undefined) {
    off = offsetAt(timeZone, hour);
    if (off !== offsetAt(timeZone, hour + HOUR - 1)) return offsetAt(timeZone, t);
    if (HOUR_OFFSETS.size >= 4096) HOUR_OFFSETS.clear();
    HOUR_OFFSETS.set(key, off);
  }
  return off;
}

const HOUR = 3_600_000;
/**
 * Offsets by zone and hour (`Europe/Moscow 1514764800000`), at most 4,096 of them. An
 * offset comes from `Intl.DateTimeFormat` formatting, about 5 µs; a news page asks for
 * about 6, mostly of hours asked before.
 */
const HOUR_OFFSETS = new Map<string, number>();

function offsetAt(timeZone: string, t: number): number {
  const off = tzOffset(timeZone, new Date(t));
  return Number.isFinite(off) ? Math.round(off) : Number.NaN;
}

/** `+03:00` for 180. @internal */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The wall time of `instant` in `timeZone`, or null for an unknown zone / invalid date. @internal */
export function wallTimeAt(instant: Date, timeZone: string): WallTime | null {
  const t = instant.getTime();
  if (Number.isNaN(t)) return null;
  const off = zoneOffsetMinutes(instant, timeZone);
  if (Number.isNaN(off)) return null;
  const local = new Date(t + off * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** `YYYY-MM-DDTHH:mm:ss` + the given offset. @internal */
export function formatWallTime(wall: WallTime, offsetMinutes: number): string {
  return `${formatDay(wall.year, wall.month, wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offsetMinutes)}`;
}

/**
 * Renders an instant as ISO 8601 with the offset that `timeZone` had at that instant.
 * Returns null for an invalid date or an unknown zone (never throws).
 *
 * @example
 * ```ts
 * toZonedIso(new Date('2018-08-22T21:02:00Z'), 'Europe/Moscow');
 * //=> '2018-08-23T00:02:00+03:00'
 * toZonedIso(new Date('2013-06-01T08:00:00Z'), 'Europe/Moscow');
 * //=> '2013-06-01T12:00:00+04:00'
 * ```
 * @internal
 */
export function toZonedIso(date: Date, timeZone: string): string | null {
  const wall = wallTimeAt(date, timeZone);
  if (wall === null) return null;
  return formatWallTime(wall, zoneOffsetMinutes(date, timeZone));
}

/**
 * ISO 8601 for a wall time read in `timeZone` (`2017-12-04T23:16:00+03:00`), or null.
 * Two-pass offset resolution, like TZDate: a time skipped by a DST jump moves forward.
 * @internal
 */
export function zonedWallTimeIso(wall: WallTime, timeZone: string): string | null {
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (Number.isNaN(utc)) return null;
  const off1 = zoneOffsetMinutes(new Date(utc), timeZone);
  if (Number.isNaN(off1)) return null;
  const t1 = utc - off1 * 60_000;
  const off2 = zoneOffsetMinutes(new Date(t1), timeZone);
  // Common case in two offset look-ups: the offset at the guessed instant is stable.
  if (off2 === off1) return formatWallTime(wall, off1);
  const t2 = utc - off2 * 60_000;
  // Keep the candidate whose offset is self-consistent; in a DST gap take the later one.
  return toZonedIso(new Date(zoneOffsetMinutes(new Date(t2), timeZone) === off2 ? t2 : Math.max(t1, t2)), timeZone);
}

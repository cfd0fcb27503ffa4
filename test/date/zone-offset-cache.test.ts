import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from '../../src/date/zoned-iso.js';

/** The offset straight from @date-fns/tz, without the library's per-hour cache. */
function reference(t: number, zone: string): number {
  const off = tzOffset(zone, new Date(t));
  return Number.isFinite(off) ? Math.round(off) : Number.NaN;
}

const ZONES = ['Europe/Moscow', 'Europe/Kaliningrad', 'Asia/Novosibirsk', 'Europe/Samara', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const MINUTE = 60_000;

describe('zoneOffsetMinutes (cached per zone and hour)', () => {
  it('equals the uncached offset at random instants, 1880-2040, asked twice', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1880, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, t) => {
        const expected = reference(t, zone);
        expect(zoneOffsetMinutes(new Date(t), zone)).toBe(expected);
        // The second ask is answered from the cache.
        expect(zoneOffsetMinutes(new Date(t), zone)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('is exact minute by minute around offset changes (on the hour, on the half hour, at local mean time)', () => {
    const around = [
      ['Europe/Moscow', Date.UTC(2014, 9, 25, 22)], // +04:00 -> +03:00 at 22:00 UTC
      ['Europe/Moscow', Date.UTC(2011, 2, 26, 23)], // +03:00 -> +04:00, no return
      ['America/New_York', Date.UTC(2017, 2, 12, 7)],
      ['Australia/Lord_Howe', Date.UTC(2017, 3, 1, 15)], // a 30-minute daylight-saving shift
      ['Asia/Kolkata', Date.UTC(1945, 9, 14, 17, 30)],
      ['Europe/Moscow', Date.UTC(1916, 6, 2, 21, 29)], // local mean time +02:30:17 -> +02:31:19
    ] as const;
    for (const [zone, t0] of around) {
      for (let t = t0 - 90 * MINUTE; t <= t0 + 90 * MINUTE; t += MINUTE) {
        expect(zoneOffsetMinutes(new Date(t), zone), `${zone} ${new Date(t).toISOString()}`).toBe(reference(t, zone));
      }
      // And at the very millisecond before and after the change.
      for (const t of [t0 - 1, t0, t0 + 1]) expect(zoneOffsetMinutes(new Date(t), zone)).toBe(reference(t, zone));
    }
  });

  it('gives NaN for an invalid date or an unknown zone, and caches neither', () => {
    expect(zoneOffsetMinutes(new Date(Number.NaN), 'Europe/Moscow')).toBeNaN();
    expect(zoneOffsetMinutes(new Date(0), 'Not/AZone')).toBeNaN();
    expect(zoneOffsetMinutes(new Date(0), 'Not/AZone')).toBeNaN();
  });

  it('keeps answering correctly once the cache has been emptied (more hours asked than it keeps)', () => {
    const zone = 'Europe/Moscow';
    const start = Date.UTC(2010, 0, 1);
    for (let h = 0; h < 5000; h++) zoneOffsetMinutes(new Date(start + h * 3_600_000), zone);
    for (const t of [Date.UTC(2010, 2, 28, 0), Date.UTC(2010, 6, 1), Date.UTC(2010, 9, 31, 0), Date.UTC(2016, 0, 1)]) {
      expect(zoneOffsetMinutes(new Date(t), zone)).toBe(reference(t, zone));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { inferYear, expandTwoDigitYear } from '../../src/date/year-inference.js';
import { parseMachineDate } from '../../src/date/parse-machine-date.js';
import { toZonedIso } from '../../src/date/zoned-iso.js';

describe('toZonedIso', () => {
  it.each([
    ['2018-08-22T21:02:00Z', 'Europe/Moscow', '2018-08-23T00:02:00+03:00'],
    ['2013-06-01T08:00:00Z', 'Europe/Moscow', '2013-06-01T12:00:00+04:00'],
    ['2013-01-01T08:00:00Z', 'Europe/Moscow', '2013-01-01T12:00:00+04:00'],
    ['2017-12-04T20:16:00Z', 'Europe/Moscow', '2017-12-04T23:16:00+03:00'],
    ['2010-07-01T08:00:00Z', 'Europe/Moscow', '2010-07-01T12:00:00+04:00'],
    ['2010-01-01T08:00:00Z', 'Europe/Moscow', '2010-01-01T11:00:00+03:00'],
    ['2015-06-01T08:00:00Z', 'Asia/Novosibirsk', '2015-06-01T14:00:00+06:00'],
    ['2017-06-01T08:00:00Z', 'Asia/Novosibirsk', '2017-06-01T15:00:00+07:00'],
    ['2017-06-01T08:00:00Z', 'Europe/Kaliningrad', '2017-06-01T10:00:00+02:00'],
    ['2017-06-01T08:00:00Z', 'UTC', '2017-06-01T08:00:00+00:00'],
    ['2017-06-01T08:00:00Z', 'America/New_York', '2017-06-01T04:00:00-04:00'],
    ['2017-06-01T08:00:00Z', 'Asia/Kolkata', '2017-06-01T13:30:00+05:30'],
  ])('%s in %s', (iso, zone, expected) => {
    expect(toZonedIso(new Date(iso), zone)).toBe(expected);
  });
  it('returns null instead of throwing', () => {
    expect(toZonedIso(new Date('nope'), 'Europe/Moscow')).toBeNull();
    expect(toZonedIso(new Date(0), 'Not/AZone')).toBeNull();
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2017-12-04T20:16:00Z', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['2017-12-04T23:16:00+03:00', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['2017-12-04T23:16:00+0300', 'Asia/Novosibirsk', '2017-12-05T03:16:00+07:00', 'minute'],
    ['2017-12-04T23:16:30+03:00', 'Europe/Moscow', '2017-12-04T23:16:30+03:00', 'second'],
    ['2017-12-04T23:16:00.000+03:00', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['2017-12-04T23:16', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['2017-12-04 23:16:00', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['2013-06-01T12:00:00', 'Europe/Moscow', '2013-06-01T12:00:00+04:00', 'minute'],
    ['2017-12-04', 'Europe/Moscow', '2017-12-04', 'day'],
    ['20171204', 'Europe/Moscow', '2017-12-04', 'day'],
    ['Mon, 04 Dec 2017 23:16:00 +0300', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['Mon, 04 Dec 2017 20:16:00 GMT', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['4 Dec 2017 15:16:00 EST', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['Mon, 04 Dec 17 23:16:00 +0300', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['Пн, 04 дек 2017 23:16:00 +0300', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['04 дек 2017 23:16 МСК', 'Asia/Yekaterinburg', '2017-12-05T01:16:00+05:00', 'minute'],
    ['04.12.2017 23:16', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
    ['  2017-12-04T20:16:00Z  ', 'Europe/Moscow', '2017-12-04T23:16:00+03:00', 'minute'],
  ] as const)('%s in %s', (input, zone, value, granularity) => {
    const parsed = parseMachineDate(input, zone);
    expect(parsed?.value).toBe(value);
    expect(parsed?.granularity).toBe(granularity);
  });
  it.each([['garbage'], [''], ['2017-13-01'], ['2017-02-30T10:00:00Z'], ['2017-12-04T25:00:00Z'], ['Mon, 32 Dec 2017 10:00:00 GMT'], ['вчера'], ['4 декабря']])(
    'rejects %j (relative and year-less need a reference)',
    (input) => {
      expect(parseMachineDate(input, 'Europe/Moscow')).toBeNull();
    },
  );
  it('reads year-less and relative fallbacks when given a reference', () => {
    const reference = new Date('2017-12-04T09:00:00Z');
    expect(parseMachineDate('4 декабря', 'Europe/Moscow', reference)?.value).toBe('2017-12-04');
    expect(parseMachineDate('вчера', 'Europe/Moscow', reference)?.value).toBe('2017-12-03');
  });
  it('never throws on odd input', () => {
    expect(parseMachineDate(undefined as never, 'Europe/Moscow')).toBeNull();
    expect(parseMachineDate('2017-12-04', 'Bad/Zone')?.value ?? null).toBe('2017-12-04');
    expect(parseMachineDate('2017-12-04T10:00:00Z', 'Bad/Zone')).toBeNull();
  });
});

describe('inferYear: the nearest year, the past on a tie', () => {
  it.each([
    [12, 31, { year: 2018, month: 1, day: 5 }, null, 2017],
    [1, 3, { year: 2017, month: 12, day: 28 }, null, 2018],
    [11, 24, { year: 2017, month: 12, day: 4 }, null, 2017],
    [6, 4, { year: 2017, month: 12, day: 4 }, null, 2018],
    [6, 5, { year: 2017, month: 12, day: 4 }, null, 2017],
    // 2019-03-02 and 2020-03-02 are both 183 days from 2019-09-01: the past wins.
    [3, 2, { year: 2019, month: 9, day: 1 }, null, 2019],
    [2, 29, { year: 2017, month: 12, day: 4 }, null, 2016],
    [2, 29, { year: 2019, month: 6, day: 1 }, null, 2020],
    [12, 4, { year: 2020, month: 6, day: 1 }, 1, 2017],
    [12, 4, { year: 2020, month: 6, day: 1 }, 5, 2020],
    [12, 4, { year: 2020, month: 6, day: 1 }, 3, 2019],
    [2, 30, { year: 2020, month: 6, day: 1 }, null, null],
  ] as const)('%i/%i near %j (weekday %s) → %s', (month, day, reference, weekday, expected) => {
    expect(inferYear(month, day, reference, weekday)).toBe(expected);
  });
  it.each([
    [0, 2000],
    [17, 2017],
    [49, 2049],
    [50, 1950],
    [99, 1999],
  ])('two-digit year %i → %i', (yy, yyyy) => {
    expect(expandTwoDigitYear(yy)).toBe(yyyy);
  });
});
